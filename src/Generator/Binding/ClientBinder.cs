using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Names;

namespace SpecClient.Generator.Binding;

/// <summary>
/// The step between reading and emitting, run as its own pipeline step: takes the read model and decides everything
/// the emitted files hold that the spec does not say (companion type names, what each method returns and how each
/// success is read, the methods of each operation with their names and parameters, paging, credential names, extras
/// members, JSON metadata names). Never sees the OpenAPI document or a line number: its findings carry JSON pointers,
/// located when reported. Hand-built read models bind the same way.
/// </summary>
internal static class ClientBinder
{
    public static BoundClient Bind(ClientSpec read)
    {
        var findings = new List<BindFinding>();

        // First every name the spec proposes is settled: the steps after it see C# names only.
        var spec = NameBinder.Bind(read, findings);
        var names = CompanionNames.Of(spec.ClassName);
        var typesByName = spec.Types.GroupBy(t => t.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var operations = spec.Operations;
        var results = operations.Select(o => EventStreamBinder.Bind(o, ResultBinder.Bind(o), typesByName)).ToArray();
        var paging = Paging.PaginationBinder.Bind(operations, results, typesByName, spec.PaginationOverrides, findings);
        var boundOperations = OperationBinder.Bind(operations, results, paging, findings);
        var webhooks = WebhookBinder.Bind(spec, names);
        var types = spec.Types.Select(ExtrasBinder.Bind).Concat(webhooks is { } bound ? new[] { bound.Event } : Enumerable.Empty<TypeModel>()).ToArray();
        var client = new ClientModel
        {
            Namespace = spec.Namespace,
            ClassName = spec.ClassName,
            Accessibility = spec.Accessibility,
            SpecPath = spec.SpecPath,
            Title = spec.Title,
            Description = spec.Description,
            ApiVersion = spec.ApiVersion,
            DefaultBaseUrl = spec.DefaultBaseUrl,
            ServerName = spec.ServerName,
            SelfUrl = spec.SelfUrl,
            Validate = spec.Validate,
            Names = names,
            Types = types.ToEquatableArray(),
            Groups = GroupBinder.Bind(spec),
            Operations = boundOperations.ToEquatableArray(),
            SecuritySchemes = CredentialNames.Bind(spec, names, findings),
            CredentialRequired = NeedsCredential(spec),
            OptionSettings = ReservedNames.ApiClientOptionsSettings.ToEquatableArray(),

            // Last: the JSON metadata covers the results and extras bound above.
            Json = JsonMetadataBinder.Bind(types, boundOperations),
            Webhooks = webhooks?.Receiver,
        };
        return new BoundClient(client, findings.ToEquatableArray());
    }

    /// <summary>
    /// Whether some operation cannot be called without a credential: it has security, and every alternative of it sends
    /// one (<see cref="SecurityRequirementSpec.CredentialSchemes"/>, the rule the emitted requests follow). A scheme the
    /// spec declares and no operation uses (or only beside an anonymous alternative) does not make a credential required.
    /// </summary>
    private static bool NeedsCredential(ClientSpec spec)
    {
        var schemes = spec.SecuritySchemes.ToDictionary(s => s.SchemeName, System.StringComparer.Ordinal);
        return spec.Operations.Any(o => o.Security.Count > 0 && o.Security.All(requirement => requirement.CredentialSchemes(schemes) is not null));
    }
}
