namespace SpecClient.Generator.Emitting;

/// <summary>
/// What the consuming compilation allows the emitters to write, kept apart from the spec model: the model describes the
/// spec, this describes the project, and the two are combined only at emit time.
/// </summary>
/// <param name="DependencyInjection">Whether the compilation references what <c>Add{ClassName}</c> uses (Microsoft.Extensions.Http).</param>
/// <param name="HttpClientLoggers">
/// Whether that Microsoft.Extensions.Http lets a client replace its loggers (<c>RemoveAllLoggers</c>, <c>AddLogger</c>: 8.0
/// and later): <c>Add{ClassName}</c> then logs each request without its query, which may hold an API key (8.x logs it).
/// </param>
internal sealed record EmitOptions(bool DependencyInjection, bool HttpClientLoggers = false)
{
    public static EmitOptions Default { get; } = new(DependencyInjection: false);
}
