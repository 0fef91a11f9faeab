using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace SpecClient.Internal;

/// <summary>
/// How a generated union's converter tells its case from its discriminator property's value: one table
/// lookup however many cases there are, so the emitted converter needs no string switch.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class UnionCases
{
    /// <summary>The case index of a value that matches no case (kept as raw JSON).</summary>
    public const int Unknown = -1;

    private readonly byte[] _discriminator;
    private readonly Dictionary<string, int> _cases = new(StringComparer.Ordinal);

    /// <summary>Describes a union.</summary>
    /// <param name="schemaName">The schema's name, for error messages.</param>
    /// <param name="discriminator">The wire name of the discriminator property.</param>
    /// <param name="values">Per case, in case order: the discriminator value that selects it, or null for none.</param>
    public UnionCases(string schemaName, string discriminator, params string?[] values)
    {
        SchemaName = schemaName ?? throw new ArgumentNullException(nameof(schemaName));
        _discriminator = Encoding.UTF8.GetBytes(discriminator ?? throw new ArgumentNullException(nameof(discriminator)));
        for (var i = 0; i < (values ?? throw new ArgumentNullException(nameof(values))).Length; i++)
        {
            if (values[i] is { } value)
            {
                _cases.TryAdd(value, i);
            }
        }
    }

    /// <summary>The schema's name, for error messages.</summary>
    public string SchemaName { get; }

    /// <summary>
    /// The case the discriminator selects, or <see cref="Unknown"/>. Looks ahead on a copy of the reader;
    /// the reader itself stays at the object's start.
    /// </summary>
    public int Case(ref Utf8JsonReader reader)
    {
        ApiJson.ExpectStartObject(ref reader, SchemaName);
        var probe = reader;
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            if (probe.ValueTextEquals(_discriminator))
            {
                probe.Read();
                return probe.TokenType == JsonTokenType.String && _cases.TryGetValue(probe.GetString()!, out var index) ? index : Unknown;
            }

            probe.Read();
            probe.Skip();
        }

        return Unknown;
    }
}
