using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Bundling;

/// <summary>
/// Writes the bundled tree as JSON text for OpenAPI.NET, and at the same time the index from each
/// JSON pointer to the file, line and column the node was written at, for located diagnostics.
/// </summary>
internal static class BundleWriter
{
    private static readonly HashSet<string> YamlNulls = new(System.StringComparer.Ordinal) { "~", "null", "Null", "NULL" };

    public static (string Json, SpecLineIndex Lines) Write(string entryPath, TreeMap root, System.Threading.CancellationToken cancellationToken = default)
    {
        var json = new StringBuilder(1 << 16);
        var locations = new List<KeyValuePair<string, (SourceLocation, string?)>>();
        WriteNode(root, string.Empty, new Output(json, locations, cancellationToken));
        return (json.ToString(), SpecLineIndex.FromLocations(entryPath, locations));
    }

    private static void WriteNode(TreeNode node, string pointer, Output output)
    {
        var json = output.Json;
        var locations = output.Locations;
        if (json.Length > ReadingLimits.MaxBundledLength)
        {
            // A file inlined where it is referenced is copied once per reference; chains of such files multiply.
            throw new ReadingLimitException(
                "bundled into one document it grows past " + ReadingLimits.Count(ReadingLimits.MaxBundledLength) + " characters (files referenced from many places are copied into each)",
                node.Origin);
        }

        switch (node)
        {
            case TreeMap map:
                json.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var entry = map.Entries[i];
                    if (i > 0)
                    {
                        json.Append(',');
                    }

                    var child = pointer + "/" + SpecLineIndex.Escape(entry.Key);
                    locations.Add(new(child, (EntryLocation(entry), (entry.Value as TreeScalar)?.Value)));
                    WriteString(json, entry.Key);
                    json.Append(':');
                    WriteNode(entry.Value, child, output);
                }

                output.CancellationToken.ThrowIfCancellationRequested();
                json.Append('}');
                break;
            case TreeSequence sequence:
                json.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        json.Append(',');
                    }

                    var item = sequence.Items[i];
                    var child = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                    var at = item.Origin;
                    var end = item is TreeScalar ? at : new SourceLocation(at.FilePath, at.StartLine, at.StartColumn, at.StartLine, at.StartColumn);
                    locations.Add(new(child, (end, (item as TreeScalar)?.Value)));
                    WriteNode(item, child, output);
                }

                json.Append(']');
                break;
            case TreeScalar scalar:
                WriteScalar(json, scalar);
                break;
        }
    }

    /// <summary>At the key, as the single-file index does; a scalar value in the same file widens the span to its end.</summary>
    private static SourceLocation EntryLocation(TreeEntry entry)
    {
        var key = entry.KeyOrigin;
        var end = entry.Value is TreeScalar && entry.Value.Origin.FilePath == key.FilePath ? entry.Value.Origin : key;
        return new SourceLocation(key.FilePath, key.StartLine, key.StartColumn, end.EndLine, end.EndColumn);
    }

    /// <summary>Types plain scalars as OpenAPI.NET's YAML reader does: number, then boolean, then null, else string.</summary>
    private static void WriteScalar(StringBuilder json, TreeScalar scalar)
    {
        var value = scalar.Value;
        if (!scalar.Plain)
        {
            WriteString(json, value);
        }
        else if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            json.Append(IsJsonNumber(value) ? value : number.ToString(CultureInfo.InvariantCulture));
        }
        else if (bool.TryParse(value, out var flag))
        {
            json.Append(flag ? "true" : "false");
        }
        else if (YamlNulls.Contains(value))
        {
            json.Append("null");
        }
        else
        {
            WriteString(json, value);
        }
    }

    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !IsDigit(text[i]) || (text[i] == '0' && i + 1 < text.Length && IsDigit(text[i + 1])))
        {
            return false;
        }

        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private sealed record Output(StringBuilder Json, List<KeyValuePair<string, (SourceLocation, string?)>> Locations, System.Threading.CancellationToken CancellationToken);

    private static void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
