using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// Reads a success body into memory within the call's limits (<see cref="CallBudget"/>): no larger than the size limit,
/// no later than the total timeout, and with transport failures turned into <see cref="ApiConnectionException"/>.
/// </summary>
internal static class SuccessBody
{
    // A declared Content-Length sizes the first buffer only up to this (a server can declare anything).
    private const int MaxInitialBuffer = 1024 * 1024;

    private const int DefaultInitialBuffer = 16 * 1024;

    /// <summary>Reads the whole body.</summary>
    /// <remarks>
    /// A body that is all there already (in memory, or a small one that came with the headers) is read without a state
    /// machine: each read that completes at once is taken as it is, and only the first one that has to wait continues
    /// asynchronously, with what was read so far.
    /// </remarks>
    /// <exception cref="ApiResponseTooLargeException">The body (declared or received) is larger than the limit.</exception>
    /// <exception cref="ApiTimeoutException">The total timeout elapsed while reading.</exception>
    /// <exception cref="ApiConnectionException">The connection failed while reading.</exception>
    public static ValueTask<PooledBody> ReadAsync(HttpResponseMessage response, string operationId, CancellationToken cancellationToken)
        => ReadAsync(response, ContentHeaders.Of(response.Content).DeclaredLength, operationId, cancellationToken);

    /// <summary>Reads the whole body, whose Content-Length header said <paramref name="declared"/> (null: it did not say).</summary>
    /// <remarks>
    /// Without a declared length, a body the content hands over as a seekable stream (one already in memory) is sized by
    /// the stream: the same limit check and the same first buffer, with no header computed and stored for it.
    /// </remarks>
    public static ValueTask<PooledBody> ReadAsync(HttpResponseMessage response, long? declared, string operationId, CancellationToken cancellationToken)
    {
        CallBudget budget = CallBudget.Of(response);
        int limit = budget.MaxResponseBodyBytes;
        if (declared > limit)
        {
            return ValueTask.FromException<PooledBody>(TooLarge(response, operationId, limit));
        }

        BodyDeadline deadline = budget.StartBodyDeadline(response, cancellationToken);
        GrowingBody body = default;
        try
        {
            Task<Stream> opening = deadline.ReadAsStreamAsync(response.Content);
            if (!opening.IsCompletedSuccessfully)
            {
                return ContinueAsync(response, operationId, cancellationToken, deadline, declared, limit, opening);
            }

            Stream stream = opening.Result;
            if (!Open(stream, declared, limit, out body))
            {
                deadline.Dispose();
                return ValueTask.FromException<PooledBody>(TooLarge(response, operationId, limit));
            }

            while (true)
            {
                ValueTask<int> reading = deadline.ReadAsync(stream, body.Free());
                if (!reading.IsCompletedSuccessfully)
                {
                    return ContinueAsync(response, operationId, cancellationToken, deadline, body, stream, reading);
                }

                int read = reading.Result;
                if (read == 0)
                {
                    deadline.Dispose();
                    return new ValueTask<PooledBody>(body.Complete());
                }

                if (!body.Advance(read))
                {
                    deadline.Dispose();
                    return ValueTask.FromException<PooledBody>(TooLarge(response, operationId, limit));
                }
            }
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<PooledBody>(Abandon(ex, ref body, deadline, operationId, cancellationToken));
        }
    }

    // The buffer for a body whose stream is open, sized by the declared length or else the stream's own; false when that is over the limit.
    private static bool Open(Stream stream, long? declared, int limit, out GrowingBody body)
    {
        declared ??= ContentHeaders.LengthOf(stream);
        if (declared > limit)
        {
            body = default;
            return false;
        }

        body = new GrowingBody(declared, limit);
        return true;
    }

    // A read that failed before its asynchronous rest took the body over: the buffer and the deadline go, and a transport
    // failure becomes the exception the caller is promised (any other failure is returned as it is).
    private static Exception Abandon(Exception ex, ref GrowingBody body, BodyDeadline deadline, string operationId, CancellationToken cancellationToken)
    {
        body.Release();
        Exception failure = IsTransportFailure(ex) ? Translate(ex, deadline, operationId, cancellationToken) : ex;
        deadline.Dispose();
        return failure;
    }

    // The rest of a read whose stream did not open at once.
    private static async ValueTask<PooledBody> ContinueAsync(
        HttpResponseMessage response, string operationId, CancellationToken cancellationToken, BodyDeadline deadline, long? declared, int limit, Task<Stream> opening)
    {
        GrowingBody body = default;
        Stream stream;
        ValueTask<int> first;
        try
        {
            stream = await opening.ConfigureAwait(false);
            if (!Open(stream, declared, limit, out body))
            {
                throw TooLarge(response, operationId, limit);
            }

            first = deadline.ReadAsync(stream, body.Free());
        }
        catch (Exception ex)
        {
            Exception failure = Abandon(ex, ref body, deadline, operationId, cancellationToken);
            if (ReferenceEquals(failure, ex))
            {
                throw;
            }

            throw failure;
        }

        return await ContinueAsync(response, operationId, cancellationToken, deadline, body, stream, first).ConfigureAwait(false);
    }

    // The rest of a read already started (pending) that had to wait.
    private static async ValueTask<PooledBody> ContinueAsync(
        HttpResponseMessage response, string operationId, CancellationToken cancellationToken, BodyDeadline deadline, GrowingBody body, Stream stream, ValueTask<int> pending)
    {
        using (deadline)
        {
            try
            {
                while (true)
                {
                    int read = await pending.ConfigureAwait(false);
                    if (read == 0)
                    {
                        return body.Complete();
                    }

                    if (!body.Advance(read))
                    {
                        throw TooLarge(response, operationId, body.Limit);
                    }

                    pending = deadline.ReadAsync(stream, body.Free());
                }
            }
            catch (Exception ex) when (IsTransportFailure(ex))
            {
                body.Release();
                throw Translate(ex, deadline, operationId, cancellationToken);
            }
            catch
            {
                body.Release();
                throw;
            }
        }
    }

    /// <summary>Gets whether an exception thrown while reading a body is a timeout, a cancellation or a transport failure.</summary>
    public static bool IsTransportFailure(Exception exception)
        => exception is OperationCanceledException or IOException or (HttpRequestException and not ApiConnectionException);

    /// <summary>Turns a failure while reading a body into the runtime's exception for it.</summary>
    public static Exception Translate(Exception exception, BodyDeadline deadline, string operationId, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return exception is OperationCanceledException ? exception : new OperationCanceledException(null, exception, cancellationToken);
        }

        if (deadline.Expired)
        {
            return deadline.TimedOut(operationId, exception);
        }

        return exception switch
        {
            HttpRequestException http => new ApiConnectionException(operationId, http.HttpRequestError, exception),
            HttpIOException io => new ApiConnectionException(operationId, io.HttpRequestError, exception),
            IOException => new ApiConnectionException(operationId, HttpRequestError.Unknown, exception),
            _ => exception,
        };
    }

    private static ApiResponseTooLargeException TooLarge(HttpResponseMessage response, string operationId, int limit)
        => new(operationId, (int)response.StatusCode, limit, ApiResponseHeaders.FromResponse(response));

    /// <summary>
    /// A body read into one pooled buffer that doubles as it fills, up to the limit. A struct, handed on by value to the
    /// asynchronous rest of a read; whoever holds it last either completes or releases it.
    /// </summary>
    private struct GrowingBody
    {
        private byte[]? _buffer;
        private int _count;

        public GrowingBody(long? declared, int limit)
        {
            Limit = limit;
            int initial = declared is { } length and >= 0 ? (int)Math.Min(length + 1, MaxInitialBuffer) : DefaultInitialBuffer;
            _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(initial, (long)limit + 1));
            _count = 0;
        }

        public int Limit { get; }

        /// <summary>The free part of the buffer, grown first when it is full.</summary>
        public Memory<byte> Free()
        {
            byte[] buffer = _buffer!;
            if (_count == buffer.Length)
            {
                ArrayPool<byte> pool = ArrayPool<byte>.Shared;
                byte[] larger = pool.Rent((int)Math.Min((long)buffer.Length * 2, (long)Limit + 1));
                Buffer.BlockCopy(buffer, 0, larger, 0, _count);
                pool.Return(buffer, clearArray: true);
                _buffer = buffer = larger;
            }

            return buffer.AsMemory(_count);
        }

        /// <summary>Counts <paramref name="read"/> more bytes; false (and the buffer released) once more than the limit arrived.</summary>
        public bool Advance(int read)
        {
            _count += read;
            if (_count <= Limit)
            {
                return true;
            }

            Release();
            return false;
        }

        /// <summary>Hands the buffer on as the read body.</summary>
        public PooledBody Complete()
        {
            var body = new PooledBody(_buffer!, _count);
            _buffer = null;
            return body;
        }

        /// <summary>Returns the buffer, cleared, to the pool (once).</summary>
        public void Release()
        {
            if (_buffer is { } buffer)
            {
                _buffer = null;
                ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            }
        }
    }
}
