using SpecClient.Generator.Model;

namespace SpecClient.Generator.Binding;

/// <summary>
/// Where a spec construct is written, so the binder's renames are located diagnostics like the reader's.
/// The reader implements it over its line index; locations never enter the model (a line added at the top
/// of a spec must leave the model equal, so nothing is emitted again).
/// </summary>
internal interface ISpecLocator
{
    /// <summary>The security scheme declared under <paramref name="name"/>.</summary>
    SourceLocation? SecurityScheme(string name);

    /// <summary>A schema, by its component key or the JSON pointer of an inline schema (<see cref="TypeSpec.SchemaName"/>).</summary>
    SourceLocation? Schema(string schemaName);

    /// <summary>An operation, by its path template and upper-case HTTP method.</summary>
    SourceLocation? Operation(string path, string httpMethod);

    /// <summary>The <c>paths</c> key, for a finding about an operation the spec does not have.</summary>
    SourceLocation? Paths();
}
