using System;
using System.Buffers.Binary;
using System.Text.Json;

namespace SpecClient.Internal;

/// <summary>
/// The short string values already read from one event stream, so that a value the stream repeats (an OpenAI chunk's
/// <c>id</c>, <c>object</c>, <c>model</c> and <c>system_fingerprint</c> are the same in every chunk) is one string for the
/// whole stream rather than one per event. Strings are immutable, so sharing one is invisible to the caller. A large
/// JSON body (a list whose items repeat a workspace, a status, a type) is read through one the same way (see JsonBody).
/// </summary>
/// <remarks>
/// A fixed table of <see cref="Slots"/> entries, each the UTF-8 bytes of a value (at most <see cref="MaxBytes"/>, not
/// escaped) and its string; a new value replaces the entry its hash picks, so the table never grows and a value is only
/// ever matched byte for byte. A stream whose values turn out not to repeat stops using it (the lookups would only cost). A stream's reader rents a table per thread and clears it when the stream ends (no value
/// of a stream outlives it there), and marks it as the one to use while it reads an event's data
/// (<see cref="Enter"/>); <see cref="ObjectReader.String"/> reads through <see cref="Read"/>, which outside an event
/// stream is a plain <see cref="Utf8JsonReader.GetString"/>.
/// </remarks>
internal sealed class EventStrings
{
    private const int Slots = 64;
    private const int MaxBytes = 64;

    // How many tables are rented: while none is, a string read outside any stream skips even the thread-static lookup.
    private static int s_rented;

    [ThreadStatic]
    private static EventStrings? t_reading;

    [ThreadStatic]
    private static EventStrings? t_spare;

    // A stream whose values do not repeat (after this many misses, fewer than one hit in four) reads on without the table.
    private const int TrialMisses = 64;

    private readonly string?[] _strings = new string?[Slots];
    private int _hits;
    private int _misses;
    private readonly byte[] _lengths = new byte[Slots];
    private readonly byte[] _bytes = new byte[Slots * MaxBytes];

    /// <summary>Gets an empty table for one stream (this thread's spare when there is one).</summary>
    public static EventStrings Rent()
    {
        EventStrings table = t_spare ?? new EventStrings();
        t_spare = null;
        System.Threading.Interlocked.Increment(ref s_rented);
        return table;
    }

    /// <summary>Empties <paramref name="table"/> and keeps it as this thread's spare.</summary>
    public static void Return(EventStrings table)
    {
        Array.Clear(table._strings);
        Array.Clear(table._lengths);
        Array.Clear(table._bytes);
        table._hits = table._misses = 0;
        t_spare = table;
        System.Threading.Interlocked.Decrement(ref s_rented);
    }

    /// <summary>Makes <paramref name="table"/> the one string values are read through on this thread, until <see cref="Leave"/>.</summary>
    /// <returns>The table that was in use before, for <see cref="Leave"/>.</returns>
    public static EventStrings? Enter(EventStrings? table)
    {
        EventStrings? outer = t_reading;
        t_reading = table;
        return outer;
    }

    /// <summary>Restores the table that was in use before <see cref="Enter"/>.</summary>
    public static void Leave(EventStrings? outer) => t_reading = outer;

    /// <summary>Reads a string value: the stream's string for bytes it has read before, else a new one.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (s_rented != 0 && t_reading is { } table && table.Useful && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            ReadOnlySpan<byte> value = reader.ValueSpan;
            if (value.Length is > 0 and <= MaxBytes)
            {
                return table.Get(value, ref reader);
            }
        }

        return ApiJson.ReadString(ref reader);
    }

    private bool Useful => _misses < TrialMisses || _hits >= _misses / 4;

    private string Get(ReadOnlySpan<byte> value, ref Utf8JsonReader reader)
    {
        int slot = Hash(value) & (Slots - 1);
        Span<byte> stored = _bytes.AsSpan(slot * MaxBytes, MaxBytes);
        if (_strings[slot] is { } known && stored[.._lengths[slot]].SequenceEqual(value))
        {
            _hits++;
            return known;
        }

        _misses++;

        // GetString validates the bytes; only then are they kept.
        string text = ApiJson.ReadString(ref reader);
        value.CopyTo(stored);
        _lengths[slot] = (byte)value.Length;
        _strings[slot] = text;
        return text;
    }

    // Length, first and last eight bytes: enough to tell apart the values of one stream; a collision only replaces an entry.
    private static int Hash(ReadOnlySpan<byte> value)
    {
        ulong hash = (ulong)value.Length * 0x9E3779B97F4A7C15;
        if (value.Length >= sizeof(ulong))
        {
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(value);
            hash = (hash * 0xC2B2AE3D27D4EB4F) ^ BinaryPrimitives.ReadUInt64LittleEndian(value[^sizeof(ulong)..]);
        }
        else
        {
            foreach (byte b in value)
            {
                hash = (hash ^ b) * 0x100000001B3;
            }
        }

        hash *= 0x9E3779B97F4A7C15;
        return (int)(hash >> 58);
    }
}
