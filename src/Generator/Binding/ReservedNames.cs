using System.Collections.Generic;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Names a spec-derived C# name must not take, in one place. A name met here gets a suffix and a
/// located SPEC011 from the binder. To reserve another name, add it to the set it belongs to.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Members of <c>SpecClient.ApiClientOptions</c> (runtime), which <c>{ClassName}Options</c> derives from; also its configuration keys.</summary>
    /// <remarks>A copy of the runtime's surface (the generator cannot load the runtime); a test compares it with the runtime type.</remarks>
    public static readonly IReadOnlyCollection<string> ApiClientOptionsMembers = new[]
    {
        "BaseAddress", "Timeout", "AttemptTimeout", "MaxRetryAttempts", "RetryBaseDelay", "RetryMaxDelay", "UseJitter",
        "MaxRetryAfter", "RetryUnsafeMethods", "MaxResponseBodyBytes", "ReadFrom", "ReadCredentials", "Validate", "ValidateCredentials", "ThrowIfInvalid",
    };

    /// <summary>Members the generated <c>{ClassName}Options</c> adds to <see cref="ApiClientOptionsMembers"/>.</summary>
    public static readonly IReadOnlyCollection<string> GeneratedOptionsMembers = new[] { "Credentials", "RequireCredentials" };

    /// <summary>Members every class has from <c>object</c>.</summary>
    public static readonly IReadOnlyCollection<string> ObjectMembers = new[]
    {
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>Members the compiler adds to every record (models are records).</summary>
    public static readonly IReadOnlyCollection<string> RecordMembers = new[]
    {
        "EqualityContract", "ToString", "GetHashCode", "Equals", "PrintMembers", "Deconstruct", "<Clone>$",
    };

    /// <summary>The types generated beside a client, which a model type or member must not shadow.</summary>
    public static IEnumerable<string> ClientTypes(Model.ClientNames names, string className) => new[]
    {
        className, names.Interface, names.Credentials, names.Options, names.ServiceCollectionExtensions, names.JsonConverters, names.JsonContext,
    };

    /// <summary>Names a credential (a property of <c>{ClassName}Credentials</c> and a configuration key of the options) must not take.</summary>
    public static HashSet<string> ForCredentials(Model.ClientNames names, string className)
    {
        var reserved = new HashSet<string>(System.StringComparer.Ordinal);
        reserved.UnionWith(ApiClientOptionsMembers);
        reserved.UnionWith(GeneratedOptionsMembers);
        reserved.UnionWith(ObjectMembers);
        reserved.UnionWith(ClientTypes(names, className));
        return reserved;
    }

    /// <summary>Context property names the JSON context declares itself (besides its own class name).</summary>
    public static readonly IReadOnlyCollection<string> JsonContextMembers = new[] { "Default", "Options", "GetTypeInfo" };
}
