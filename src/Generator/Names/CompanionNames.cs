using SpecClient.Generator.Model;

namespace SpecClient.Generator.Names;

/// <summary>The names of the types generated beside a client, from its class name: one rule, read by every step that needs them.</summary>
internal static class CompanionNames
{
    public static ClientNames Of(string className) => new()
    {
        Interface = "I" + className,
        Credentials = className + "Credentials",
        Options = className + "Options",
        ServiceCollectionExtensions = className + "ServiceCollectionExtensions",
        AddMethod = "Add" + className,
        JsonConverters = className + "JsonConverters",
        JsonContext = className + "JsonContext",
        Validation = className + "Validation",
        Webhooks = className + "Webhooks",
        WebhookEvent = className + "WebhookEvent",
    };
}
