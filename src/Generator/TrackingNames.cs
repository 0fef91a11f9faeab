namespace SpecClient.Generator;

/// <summary>Names of the tracked pipeline steps; incrementality tests assert on these.</summary>
internal static class TrackingNames
{
    public const string ProjectOptions = nameof(ProjectOptions);
    public const string SpecRequests = nameof(SpecRequests);
    public const string SpecParts = nameof(SpecParts);
    public const string SpecRequestsWithParts = nameof(SpecRequestsWithParts);
    public const string ReadResults = nameof(ReadResults);
    /// <summary>The read models of the specs that could be read: what each spec says, in API terms.</summary>
    public const string ReadModels = nameof(ReadModels);

    /// <summary>The bind step: each read model bound (every C# name and member decided), with the binder's unlocated findings.</summary>
    public const string BoundClients = nameof(BoundClients);

    /// <summary>The bound models the emitters print.</summary>
    public const string ClientModels = nameof(ClientModels);

    /// <summary>The binder's findings of every client, located with the reader's places: diagnostics only.</summary>
    public const string BindDiagnostics = nameof(BindDiagnostics);
    public const string MissingSpecs = nameof(MissingSpecs);

    /// <summary>What the compilation lets the emitters write (DI registration or not): a small record, so edits elsewhere stay Unchanged.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>Specs whose client another spec already generates (same namespace and class): they emit nothing, SPEC022.</summary>
    public const string DuplicateClients = nameof(DuplicateClients);

    /// <summary>The model joined with <see cref="EmitOptions"/>: what the emitters receive.</summary>
    public const string ClientModelsForEmit = nameof(ClientModelsForEmit);

    /// <summary>Every baseline spec of the project (Baseline metadata), collected.</summary>
    public const string Baselines = nameof(Baselines);

    /// <summary>Per client with a baseline: the current spec and the baseline's text.</summary>
    public const string UpgradeInputs = nameof(UpgradeInputs);

    /// <summary>The upgrade check's findings: diagnostics only, never source.</summary>
    public const string UpgradeDiagnostics = nameof(UpgradeDiagnostics);
}
