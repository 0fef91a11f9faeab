namespace SpecClient.Generator.Emitting;

/// <summary>
/// What the consuming compilation allows the emitters to write, kept apart from the spec model: the model describes the
/// spec, this describes the project, and the two are combined only at emit time.
/// </summary>
/// <param name="DependencyInjection">Whether the compilation references what <c>Add{ClassName}</c> uses (Microsoft.Extensions.Http).</param>
internal sealed record EmitOptions(bool DependencyInjection)
{
    public static EmitOptions Default { get; } = new(DependencyInjection: false);
}
