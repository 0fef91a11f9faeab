using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>Turns an error response into the <see cref="ApiException"/> subclass for its status, with its capped body.</summary>
internal static class ErrorResponse
{
    /// <summary>The most bytes of an error body that are kept as <see cref="ApiException.ResponseBody"/> (64 KiB).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<ApiException> CreateExceptionAsync(HttpResponseMessage response, string operationId, JsonTypeInfo? errorBodyType, CancellationToken cancellationToken)
    {
        (string? body, bool truncated) = await ReadCappedBodyAsync(response, cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = ApiResponseHeaders.FromResponse(response);
        object? error = errorBodyType is not null && !truncated && !string.IsNullOrWhiteSpace(body) && MediaTypes.IsJson(response)
            ? TryDeserialize(body, errorBodyType)
            : null;

        int status = (int)response.StatusCode;
        return status switch
        {
            400 => new ApiBadRequestException(operationId, body, truncated, headers, error),
            401 => new ApiUnauthorizedException(operationId, body, truncated, headers, error),
            403 => new ApiForbiddenException(operationId, body, truncated, headers, error),
            404 => new ApiNotFoundException(operationId, body, truncated, headers, error),
            409 => new ApiConflictException(operationId, body, truncated, headers, error),
            429 => new ApiRateLimitedException(operationId, RetryAfter.From(headers, DateTimeOffset.UtcNow), body, truncated, headers, error),
            >= 500 and <= 599 => new ApiServerErrorException(operationId, status, body, truncated, headers, error),
            _ => new ApiException(operationId, status, body, truncated, headers, error),
        };
    }

    /// <summary>
    /// Reads at most <see cref="MaxBodyBytes"/> of the body as text, within what is left of the call's total timeout.
    /// A body that fails or stalls part way is returned as far as it arrived, marked truncated. Never throws except for
    /// the caller's cancellation.
    /// </summary>
    public static async Task<(string? Body, bool Truncated)> ReadCappedBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        HttpContent? content = response.Content;
        if (content is null)
        {
            return (string.Empty, false);
        }

        byte[] buffer = new byte[MaxBodyBytes + 1];
        int total = 0;
        bool incomplete = false;
        using (BodyDeadline deadline = CallBudget.Of(response).StartBodyDeadline(response, cancellationToken))
        {
            try
            {
                Stream stream = await deadline.ReadAsStreamAsync(content).ConfigureAwait(false);
                while (total < buffer.Length)
                {
                    int read = await deadline.ReadAsync(stream, buffer.AsMemory(total, buffer.Length - total)).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception)
            {
                if (total == 0)
                {
                    return (null, false);
                }

                incomplete = true;
            }
        }

        bool truncated = incomplete || total > MaxBodyBytes;
        int length = Math.Min(total, MaxBodyBytes);
        try
        {
            return (TextDecoding.Decode(buffer, length, TextDecoding.EncodingOf(content), complete: false), truncated);
        }
        catch (Exception)
        {
            return (null, truncated);
        }
    }

    private static object? TryDeserialize(string body, JsonTypeInfo errorBodyType)
    {
        try
        {
            return JsonSerializer.Deserialize(body, errorBodyType);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
