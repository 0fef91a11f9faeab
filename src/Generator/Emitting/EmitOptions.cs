namespace SpecClient.Generator.Emitting;

/// <summary>
/// What the consuming compilation allows the emitters to write, kept apart from the spec model: the model describes the
/// spec, this describes the project, and the two are combined only at emit time.
/// </summary>
/// <param name="DependencyInjection">Whether the compilation references what <c>Add{ClassName}</c> uses (Microsoft.Extensions.Http).</param>
/// <param name="HttpClientLoggers">
/// Whether that Microsoft.Extensions.Http is 8.x, which logs each request's query (9.0 redacts it by default) and lets a
/// client replace its loggers: <c>Add{ClassName}</c> then logs each request without its query, which may hold an API key.
/// </param>
internal sealed record EmitOptions(bool DependencyInjection, bool HttpClientLoggers = false)
{
    public static EmitOptions Default { get; } = new(DependencyInjection: false);
}
