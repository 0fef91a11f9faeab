using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    /// Tries one case of a union without a discriminator: reads the value on a copy of the reader and, when it
    /// reads, moves the reader past it; when it does not (a JSON or format failure), the reader stays where it was.
    /// </summary>
    /// <typeparam name="T">The case's type.</typeparam>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="converter">The case's converter.</param>
    /// <param name="options">The options, for nested converters.</param>
    /// <param name="value">The value read, when this returns true.</param>
    /// <returns>Whether the value reads as this case.</returns>
    public static bool TryRead<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, out T value)
    {
        var attempt = reader;
        try
        {
            value = converter.Read(ref attempt, typeof(T), options)!;
        }
        catch (Exception exception) when (ApiJson.IsReadFailure(exception))
        {
            value = default!;
            return false;
        }

        reader = attempt;
        return true;
    }

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
