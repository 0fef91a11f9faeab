using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Names;

/// <summary>
/// Names a spec-derived C# name must not take, in one place. A name met here gets a suffix and a
/// located SPEC011 from the binder. To reserve another name, add it to the set it belongs to.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The settings of <c>SpecClient.ApiClientOptions</c> (runtime), which are also its configuration keys.</summary>
    public static readonly IReadOnlyList<string> ApiClientOptionsSettings = new[]
    {
        "BaseAddress", "Timeout", "AttemptTimeout", "MaxRetryAttempts", "RetryBaseDelay", "RetryMaxDelay", "UseJitter",
        "MaxRetryAfter", "MaxResponseBodyBytes", "MaxEventBytes", "MaxPages", "RetryUnsafeMethods",
    };

    /// <summary>
    /// Members of <c>SpecClient.ApiClientOptions</c>, which <c>{ClassName}Options</c> derives from: its settings and methods.
    /// A copy of the runtime's surface (the generator cannot load the runtime); a test compares it with the runtime type.
    /// </summary>
    public static readonly IReadOnlyCollection<string> ApiClientOptionsMembers = ApiClientOptionsSettings
        .Concat(new[] { "ReadFrom", "ReadCredentials", "Validate", "ValidateCredentials", "ThrowIfInvalid" })
        .ToArray();

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
        className, names.Interface, names.Credentials, names.Options, names.ServiceCollectionExtensions, names.JsonConverters, names.JsonContext, names.Validation, names.Webhooks, names.WebhookEvent,
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

    /// <summary>Names a record property must not take: the record's own members, and the type's name (CS0542).</summary>
    public static UniqueNames ForRecordProperties(string typeName) => new(RecordPropertyNames, typeName);

    /// <summary>Names an enum value's member must not take: the members the generated enum struct declares, and the type's name.</summary>
    public static UniqueNames ForEnumMembers(string typeName) => new(EnumMemberNames, typeName);

    /// <summary>What <see cref="ForRecordProperties"/> reserves besides the type's name: one set for every record (names compare ignoring case).</summary>
    private static readonly HashSet<string> RecordPropertyNames = new(RecordMembers.Concat(ObjectMembers), System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The members a generated enum (a record struct) declares besides its values and <see cref="ObjectMembers"/>, the
    /// compiler's <c>PrintMembers</c> among them (a test compares them with the compiled output).
    /// </summary>
    public static readonly IReadOnlyCollection<string> EnumMembers = new[] { "Value", "IsKnown", "PrintMembers" };

    /// <summary>What <see cref="ForEnumMembers"/> reserves besides the type's name.</summary>
    private static readonly HashSet<string> EnumMemberNames = new(ObjectMembers.Concat(EnumMembers), System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Names a union case must not take: each case becomes Is{Case}, As{Case} and From{Case} beside <c>IsUnknown</c>.</summary>
    public static readonly IReadOnlyCollection<string> UnionCases = new[] { "Unknown" };

    /// <summary>
    /// The members the client class declares besides its operations' methods and its groups (private fields start with
    /// <c>_</c>, which no spec-derived name does). A test compares them with the compiled output, so this cannot drift.
    /// </summary>
    public static readonly IReadOnlyCollection<string> ClientMembers = new[] { "DefaultBaseUrl", "TelemetryName", "HttpClient", "Create", "OnPreparingRequest", "OnResponseReceived" };

    /// <summary>Names a tag group (GroupByTag) must not take: the client's own members, which the group's property sits beside.</summary>
    public static IEnumerable<string> ForGroups(string className) =>
        ObjectMembers.Concat(ClientMembers).Concat(new[] { className });
}
