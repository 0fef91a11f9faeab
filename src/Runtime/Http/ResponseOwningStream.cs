using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// A read-only stream over a response body that disposes the response with itself. Each read must receive data within
/// the call's stream read timeout (<see cref="CallBudget.StreamReadTimeout"/>), so a server that stops sending cannot
/// hang the caller; failures surface as <see cref="ApiTimeoutException"/> and <see cref="ApiConnectionException"/>.
/// </summary>
internal sealed class ResponseOwningStream : Stream
{
    private readonly Stream _inner;
    private readonly HttpResponseMessage _response;
    private readonly CallBudget _budget;
    private readonly string _operationId;
    private int _disposed;

    public ResponseOwningStream(Stream inner, HttpResponseMessage response, CallBudget budget, string operationId)
    {
        _inner = inner;
        _response = response;
        _budget = budget;
        _operationId = operationId;
    }

    public override bool CanRead => _inner.CanRead;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_budget.StreamReadTimeout == Timeout.InfiniteTimeSpan)
        {
            return ReadInner(buffer);
        }

        // A synchronous read cannot be canceled: it runs as an asynchronous one so that the timeout applies.
        byte[] rented = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            int read = ReadAsync(rented.AsMemory(0, buffer.Length), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            rented.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using BodyDeadline deadline = _budget.StartStreamRead(cancellationToken);
        try
        {
            return await deadline.ReadAsync(_inner, buffer).ConfigureAwait(false);
        }
        catch (Exception ex) when (SuccessBody.IsTransportFailure(ex))
        {
            throw SuccessBody.Translate(ex, deadline, _operationId, cancellationToken);
        }
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
            _response.Dispose();
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _inner.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }

    private int ReadInner(Span<byte> buffer)
    {
        try
        {
            return _inner.Read(buffer);
        }
        catch (Exception ex) when (ex is IOException or (HttpRequestException and not ApiConnectionException))
        {
            using BodyDeadline none = _budget.StartStreamRead(CancellationToken.None);
            throw SuccessBody.Translate(ex, none, _operationId, CancellationToken.None);
        }
    }
}
