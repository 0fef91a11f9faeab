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

    /// <summary>The aliases in the order they are declared; the model's target is the client's own namespace.</summary>
    private static readonly (string Alias, string Target)[] Fixed =
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
        (Model, "global::"),
    };

    private const string NamespaceLine = "\nnamespace ";

    /// <summary>Declares the aliases a file's text uses (in a fixed order) just before its namespace declaration.</summary>
    public static string Declare(string text, string modelNamespace)
    {
        var newline = text.IndexOf(NamespaceLine, StringComparison.Ordinal);
        var used = Used(text, 0);
        return used == 0 || newline < 0 ? text : text.Insert(newline + 1, Declarations(used, modelNamespace) + "\n");
    }

    /// <summary>
    /// The text of <paramref name="pieces"/> one after the other, with <see cref="Declare"/>'s alias lines, built as one
    /// string (no whole-text copy before it): what <c>Declare(string.Concat(pieces), modelNamespace)</c> returns.
    /// </summary>
    public static string Compose(IReadOnlyList<string> pieces, string modelNamespace)
    {
        // An alias holds no line break, so while every piece but the last ends a line, no alias spans two pieces
        // and the file's aliases are those of its pieces; the first namespace line must be in the first piece.
        var used = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (i < pieces.Count - 1 && piece.Length > 0 && piece[piece.Length - 1] != '\n')
            {
                return Declare(string.Concat(pieces), modelNamespace);
            }

            used = Used(piece, used);
        }

        var newline = pieces.Count == 0 ? -1 : pieces[0].IndexOf(NamespaceLine, StringComparison.Ordinal);
        if (newline < 0 && used != 0)
        {
            return Declare(string.Concat(pieces), modelNamespace);
        }

        var parts = new string[pieces.Count + (used == 0 ? 0 : 2)];
        var next = 0;
        if (used != 0)
        {
            parts[next++] = pieces[0].Substring(0, newline + 1);
            parts[next++] = Declarations(used, modelNamespace) + "\n";
            parts[next++] = pieces[0].Substring(newline + 1);
        }
        else if (pieces.Count > 0)
        {
            parts[next++] = pieces[0];
        }

        for (var i = 1; i < pieces.Count; i++)
        {
            parts[next++] = pieces[i];
        }

        return string.Concat(parts);
    }

    /// <summary>
    /// Adds to <paramref name="used"/> (bit i: alias i of <see cref="Fixed"/>) every alias that occurs in the text:
    /// one pass over the text's <c>::</c>, each checked against the aliases ending there.
    /// </summary>
    private static int Used(string text, int used)
    {
        for (var at = text.IndexOf(':'); at >= 0 && at + 1 < text.Length; at = text.IndexOf(':', at + 1))
        {
            if (text[at + 1] != ':' || at < 2)
            {
                continue;
            }

            for (var i = 0; i < Fixed.Length; i++)
            {
                var alias = Fixed[i].Alias;
                var start = at + 2 - alias.Length;
                if ((used & (1 << i)) == 0 && start >= 0 && string.CompareOrdinal(text, start, alias, 0, alias.Length) == 0)
                {
                    used |= 1 << i;
                }
            }
        }

        return used;
    }

    private static string Declarations(int used, string modelNamespace)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < Fixed.Length; i++)
        {
            if ((used & (1 << i)) != 0)
            {
                var (alias, target) = Fixed[i];
                lines.Append("using ").Append(alias, 0, alias.Length - 2).Append(" = ").Append(target);
                if (alias == Model)
                {
                    lines.Append(modelNamespace);
                }

                lines.Append(";\n");
            }
        }

        return lines.ToString();
    }
}
