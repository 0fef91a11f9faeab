using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// The step between reading and emitting: takes the model the reader built from the spec and makes every decision
/// the emitters would otherwise make (generated type names, result shapes, credential names, extras members, JSON
/// metadata names), so emitters only write. Roslyn-free and OpenAPI-free: hand-built models bind the same way.
/// Renames it makes are located diagnostics, like the reader's.
/// </summary>
internal static class ClientBinder
{
    public static ClientSpec Bind(ClientSpec spec, ISpecLocator? locator, ICollection<DiagnosticInfo> diagnostics, EquatableArray<PaginationOverride> pagination = default)
    {
        var names = NamesOf(spec.ClassName);
        var typesByName = spec.Types.GroupBy(t => t.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var bound = spec with
        {
            Names = names,
            SecuritySchemes = CredentialNames.Bind(spec, names, locator, diagnostics),
            Operations = OperationMethodNames.Bind(
                Paging.PaginationBinder.Bind(
                    spec.Operations.Select(o => o with { Result = EventStreamBinder.Bind(o, ResultBinder.Bind(o), typesByName) }).ToEquatableArray(),
                    typesByName,
                    pagination,
                    locator,
                    diagnostics),
                locator,
                diagnostics),
            Types = spec.Types.Select(ExtrasBinder.Bind).ToEquatableArray(),
        };

        // Last: the JSON metadata covers the results and extras bound above.
        return bound with { Json = JsonMetadataBinder.Bind(bound, names) };
    }

    public static ClientNames NamesOf(string className) => new()
    {
        Interface = "I" + className,
        Credentials = className + "Credentials",
        Options = className + "Options",
        ServiceCollectionExtensions = className + "ServiceCollectionExtensions",
        JsonConverters = className + "JsonConverters",
        JsonContext = className + "JsonContext",
        Validation = className + "Validation",
    };
}
