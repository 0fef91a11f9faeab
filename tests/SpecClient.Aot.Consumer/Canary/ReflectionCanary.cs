namespace Aot.Consumer.Canary;

/// <summary>
/// Compiled only with -p:IncludeAotCanary=true: reflection-based serialization that the AOT analyzers must flag,
/// so a test can prove the analyzers run over this project (and would flag generated code the same way).
/// </summary>
public static class ReflectionCanary
{
    public static string Serialize(object value) => System.Text.Json.JsonSerializer.Serialize(value);
}
