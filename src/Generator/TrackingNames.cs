namespace SpecClient.Generator;

/// <summary>Names of the tracked pipeline steps; incrementality tests assert on these.</summary>
internal static class TrackingNames
{
    public const string ProjectOptions = nameof(ProjectOptions);
    public const string SpecRequests = nameof(SpecRequests);
    public const string SpecParts = nameof(SpecParts);
    public const string SpecRequestsWithParts = nameof(SpecRequestsWithParts);
    public const string ReadResults = nameof(ReadResults);
    public const string ClientModels = nameof(ClientModels);
    public const string MissingSpecs = nameof(MissingSpecs);

    /// <summary>What the compilation lets the emitters write (DI registration or not): a small record, so edits elsewhere stay Unchanged.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>The model joined with <see cref="EmitOptions"/>: what the emitters receive.</summary>
    public const string ClientModelsForEmit = nameof(ClientModelsForEmit);
}
