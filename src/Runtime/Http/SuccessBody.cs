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
    /// <exception cref="ApiResponseTooLargeException">The body (declared or received) is larger than the limit.</exception>
    /// <exception cref="ApiTimeoutException">The total timeout elapsed while reading.</exception>
    /// <exception cref="ApiConnectionException">The connection failed while reading.</exception>
    public static async ValueTask<PooledBody> ReadAsync(HttpResponseMessage response, string operationId, CancellationToken cancellationToken)
    {
        CallBudget budget = CallBudget.Of(response);
        int limit = budget.MaxResponseBodyBytes;
        long? declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            throw TooLarge(response, operationId, limit);
        }

        using BodyDeadline deadline = budget.StartBodyDeadline(cancellationToken);
        try
        {
            Stream stream = await deadline.ReadAsStreamAsync(response.Content).ConfigureAwait(false);
            return await ReadAllAsync(stream, declared, limit, deadline).ConfigureAwait(false)
                ?? throw TooLarge(response, operationId, limit);
        }
        catch (Exception ex) when (IsTransportFailure(ex))
        {
            throw Translate(ex, deadline, operationId, cancellationToken);
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

    /// <summary>Reads to the end into one pooled buffer; <see langword="null"/> once more than <paramref name="limit"/> bytes arrive.</summary>
    private static async ValueTask<PooledBody?> ReadAllAsync(Stream stream, long? declared, int limit, BodyDeadline deadline)
    {
        ArrayPool<byte> pool = ArrayPool<byte>.Shared;
        int initial = declared is { } length and >= 0 ? (int)Math.Min(length + 1, MaxInitialBuffer) : DefaultInitialBuffer;
        byte[] buffer = pool.Rent((int)Math.Min(initial, (long)limit + 1));
        int count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    byte[] larger = pool.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                    Buffer.BlockCopy(buffer, 0, larger, 0, count);
                    pool.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                int read = await deadline.ReadAsync(stream, buffer.AsMemory(count)).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledBody(buffer, count);
                }

                count += read;
                if (count > limit)
                {
                    pool.Return(buffer, clearArray: true);
                    return null;
                }
            }
        }
        catch
        {
            pool.Return(buffer, clearArray: true);
            throw;
        }
    }
}
