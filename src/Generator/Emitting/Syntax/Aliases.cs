using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Generator.Emitting.Syntax;

/// <summary>
/// Short names for the namespaces emitted code names most, declared at the top of each file that uses them
/// (<c>using _j = global::System.Text.Json;</c>) and always used with <c>::</c> (<c>_j::JsonElement</c>).
/// A name before <c>::</c> is looked up only among aliases, never among types or members, so a schema, a
/// property or a user's type named like an alias cannot capture it: this keeps <c>global::</c>'s safety.
/// Generated identifiers never start with <c>_</c>, so they cannot clash with an alias either.
/// </summary>
internal static class Aliases
{
    public const string System = "_s::";
    public const string Generic = "_g::";
    public const string CodeDom = "_c::";
    public const string Json = "_j::";
    public const string JsonSerialization = "_js::";
    public const string JsonMetadata = "_jm::";
    public const string Internal = "_i::";
    public const string Public = "_p::";
    public const string Model = "_m::";
    public const string DataAnnotations = "_da::";

    /// <summary>The alias names and what they stand for; the model namespace is the client's own.</summary>
    public static IEnumerable<(string Alias, string Target)> All(string modelNamespace) => new[]
    {
        (System, "global::System"),
        (Generic, "global::System.Collections.Generic"),
        (CodeDom, "global::System.CodeDom.Compiler"),
        (Json, "global::System.Text.Json"),
        (JsonSerialization, "global::System.Text.Json.Serialization"),
        (JsonMetadata, "global::System.Text.Json.Serialization.Metadata"),
        (Internal, "global::SpecClient.Internal"),
        (Public, "global::SpecClient"),
        (DataAnnotations, "global::System.ComponentModel.DataAnnotations"),
        (Model, "global::" + modelNamespace),
    };

    /// <summary>Declares the aliases a file's text uses (in a fixed order) just before its namespace declaration.</summary>
    public static string Declare(string text, string modelNamespace)
    {
        var newline = text.IndexOf("\nnamespace ", StringComparison.Ordinal);
        var declarations = Declarations(text, modelNamespace);
        return declarations.Length == 0 || newline < 0 ? text : text.Insert(newline + 1, declarations + "\n");
    }

    private static string Declarations(string text, string modelNamespace)
    {
        var lines = new StringBuilder();
        foreach (var (alias, target) in All(modelNamespace))
        {
            if (text.IndexOf(alias, StringComparison.Ordinal) >= 0)
            {
                lines.Append("using ").Append(alias, 0, alias.Length - 2).Append(" = ").Append(target).Append(";\n");
            }
        }

        return lines.ToString();
    }
}
