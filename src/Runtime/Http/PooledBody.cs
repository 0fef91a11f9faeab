using System;
using System.Buffers;

namespace SpecClient.Internal;

/// <summary>
/// A body read into a buffer rented from the shared pool; disposing clears the buffer and returns it. A struct, so a
/// read body costs no object of its own; dispose it exactly once (a <see langword="using"/> declaration).
/// </summary>
internal struct PooledBody : IDisposable
{
    private byte[]? _buffer;

    public PooledBody(byte[] buffer, int count)
    {
        _buffer = buffer;
        Count = count;
    }

    /// <summary>Gets the number of bytes read.</summary>
    public readonly int Count { get; }

    /// <summary>Gets the buffer that holds the bytes (it may be longer than <see cref="Count"/>).</summary>
    public readonly byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>Gets the bytes read.</summary>
    public readonly ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Count);

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;

            // Cleared: a body may hold data the caller would not want left in a shared pool.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
