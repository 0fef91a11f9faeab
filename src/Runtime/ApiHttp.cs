using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Sends requests and reads responses for generated clients, turning transport failures, error statuses and
/// unreadable bodies into the SpecClient exception types.
/// </summary>
public static class ApiHttp
{
    /// <summary>The most bytes of an error body that are kept as <see cref="ApiException.ResponseBody"/> (64 KiB).</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>
    /// Sends <paramref name="request"/> with <see cref="HttpCompletionOption.ResponseHeadersRead"/>.
    /// </summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="request">The request.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The response, whatever its status; the caller disposes it.</returns>
    /// <exception cref="ApiTimeoutException">
    /// The response headers did not arrive within <see cref="HttpClient.Timeout"/>, or within the total or per-attempt
    /// timeout of an <see cref="ApiResilienceHandler"/> in the client's handler chain (see <see cref="ApiTimeoutException.Kind"/>).
    /// </exception>
    /// <exception cref="ApiConnectionException">The request could not be sent or no response was received.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient httpClient, HttpRequestMessage request, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operationId);
        request.Options.Set(ApiResilience.OperationIdOption, operationId);
        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && ex.InnerException is TimeoutException)
        {
            throw new ApiTimeoutException(operationId, httpClient.Timeout, ex);
        }
        catch (HttpRequestException ex) when (ex is not ApiConnectionException)
        {
            throw new ApiConnectionException(operationId, ex.HttpRequestError, ex);
        }
    }

    /// <summary>
    /// Reads a success response's JSON body as <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T">The declared body type. A JSON <c>null</c> is accepted only when it is a <see cref="Nullable{T}"/> value type.</typeparam>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The deserialized body.</returns>
    /// <exception cref="ApiResponseFormatException">
    /// The content type is not JSON (accepted: <c>application/json</c>, <c>text/json</c>, any <c>+json</c>, or none),
    /// the body is not valid JSON for <typeparamref name="T"/>, or it is a JSON <c>null</c>.
    /// </exception>
    /// <exception cref="ApiConnectionException">The connection failed while the body was being read.</exception>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        T? result = await ReadJsonCoreAsync(response, typeInfo, operationId, cancellationToken).ConfigureAwait(false);
        if (result is null && Nullable.GetUnderlyingType(typeof(T)) is null)
        {
            int status = (int)response.StatusCode;
            throw new ApiResponseFormatException(
                "Operation '" + operationId + "' returned status " + DescribeStatus(status) + " but its body was JSON null where " + typeInfo.Type.Name + " was expected.",
                operationId,
                status,
                "$",
                headers: ApiResponseHeaders.FromResponse(response));
        }

        return result!;
    }

    /// <summary>
    /// Reads a success response's JSON body as <typeparamref name="T"/>, accepting a JSON <c>null</c>
    /// (for bodies the spec declares nullable).
    /// </summary>
    /// <typeparam name="T">The declared body type.</typeparam>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="operationId">The OpenAPI operation id, used in exception messages.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The deserialized body, or <see langword="null"/> for a JSON <c>null</c>.</returns>
    /// <exception cref="ApiResponseFormatException">The content type is not JSON or the body is not valid JSON for <typeparamref name="T"/>.</exception>
    /// <exception cref="ApiConnectionException">The connection failed while the body was being read.</exception>
    public static Task<T?> ReadNullableJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
        => ReadJsonCoreAsync(response, typeInfo, operationId, cancellationToken);

    /// <summary>Reads a response body as text, decoded with the charset of its content type (UTF-8 by default).</summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>The body text (empty when there is no body).</returns>
    public static Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>
    /// Returns the response body as a stream that disposes <paramref name="response"/> when it is disposed.
    /// </summary>
    /// <param name="response">The response; from now on it is owned by the returned stream.</param>
    /// <param name="cancellationToken">The caller's cancellation token.</param>
    /// <returns>A read-only stream over the body. The caller owns it and must dispose it.</returns>
    public static async Task<Stream> ReadStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        Stream inner;
        try
        {
            inner = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return new ResponseOwningStream(inner, response);
    }

    /// <summary>
    /// Builds the exception for an error response: reads the body (capped at <see cref="MaxErrorBodyBytes"/>, never
    /// failing because of its content), picks the <see cref="ApiException"/> subclass by status, and when
    /// <paramref name="errorBodyType"/> is given and the body is JSON, tries to read it into <see cref="ApiException.Error"/>.
    /// </summary>
    /// <param name="response">The response; it is not disposed.</param>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="errorBodyType">The declared error body type for this status, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">The caller's cancellation token (its cancellation is the only failure that propagates).</param>
    /// <returns>The exception to throw.</returns>
    public static async Task<ApiException> CreateExceptionAsync(HttpResponseMessage response, string operationId, JsonTypeInfo? errorBodyType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(operationId);
        (string? body, bool truncated) = await ReadCappedBodyAsync(response, cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = ApiResponseHeaders.FromResponse(response);
        object? error = null;
        if (errorBodyType is not null && !truncated && !string.IsNullOrWhiteSpace(body) && IsJsonMediaType(GetMediaType(response)))
        {
            try
            {
                error = JsonSerializer.Deserialize(body, errorBodyType);
            }
            catch (JsonException)
            {
            }
            catch (NotSupportedException)
            {
            }
            catch (ArgumentException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }

        int status = (int)response.StatusCode;
        return status switch
        {
            400 => new ApiBadRequestException(operationId, body, truncated, headers, error),
            401 => new ApiUnauthorizedException(operationId, body, truncated, headers, error),
            403 => new ApiForbiddenException(operationId, body, truncated, headers, error),
            404 => new ApiNotFoundException(operationId, body, truncated, headers, error),
            409 => new ApiConflictException(operationId, body, truncated, headers, error),
            429 => new ApiRateLimitedException(operationId, GetRetryAfter(headers), body, truncated, headers, error),
            >= 500 and <= 599 => new ApiServerErrorException(operationId, status, body, truncated, headers, error),
            _ => new ApiException(operationId, status, body, truncated, headers, error),
        };
    }

    internal static bool IsJsonMediaType(string? mediaType)
    {
        if (mediaType is null)
        {
            return true;
        }

        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets the media type of the response's Content-Type header (lowercase, no parameters), "" when unreadable, null when absent.</summary>
    internal static string? GetMediaType(HttpResponseMessage response)
    {
        if (response.Content is null || !response.Content.Headers.NonValidated.TryGetValues("Content-Type", out HeaderStringValues values))
        {
            return null;
        }

        foreach (string value in values)
        {
            int semicolon = value.IndexOf(';', StringComparison.Ordinal);
            string mediaType = (semicolon >= 0 ? value.Substring(0, semicolon) : value).Trim().ToLowerInvariant();
            return mediaType.Length == 0 ? null : mediaType;
        }

        return null;
    }

    private static async Task<T?> ReadJsonCoreAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(operationId);
        int status = (int)response.StatusCode;
        string? mediaType = GetMediaType(response);
        if (!IsJsonMediaType(mediaType))
        {
            (string? body, bool truncated) = await ReadCappedBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw new ApiResponseFormatException(
                "Operation '" + operationId + "' returned status " + DescribeStatus(status) + " with content type '" + Printable(mediaType!) + "', which is not JSON; expected " + typeInfo.Type.Name + ".",
                operationId,
                status,
                null,
                body,
                truncated,
                ApiResponseHeaders.FromResponse(response));
        }

        try
        {
            // System.Text.Json buffers a whole top-level value anyway before a custom converter reads it, growing
            // its buffer by doubling; reading the body once into one pooled buffer, sized by Content-Length when
            // the server sends it, and parsing from memory is about twice as fast (see docs/performance.md).
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            (byte[] buffer, int count) = await ReadAllPooledAsync(stream, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
            try
            {
                return JsonSerializer.Deserialize(new ReadOnlySpan<byte>(buffer, 0, count), typeInfo);
            }
            finally
            {
                // Cleared: a body may hold data the caller would not want left in a shared pool.
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            }
        }
        catch (JsonException ex)
        {
            // Generated converters record the path and a reason naming the schema and property (never a value).
            string? recorded = ApiJson.GetJsonPath(ex);
            string path = !string.IsNullOrEmpty(recorded) && (ex.Data.Contains(ApiJson.JsonPathKey) || string.IsNullOrEmpty(ex.Path)) ? recorded : (string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path);
            string reason = ex.Data.Contains(ApiJson.JsonPathKey) ? " " + ex.Message : string.Empty;
            throw new ApiResponseFormatException(
                "Operation '" + operationId + "' returned status " + DescribeStatus(status) + " but its body could not be read as " + typeInfo.Type.Name + " at JSON path '" + path + "'." + reason,
                operationId,
                status,
                path,
                headers: ApiResponseHeaders.FromResponse(response),
                innerException: ex);
        }
        catch (HttpRequestException ex) when (ex is not ApiConnectionException)
        {
            throw new ApiConnectionException(operationId, ex.HttpRequestError, ex);
        }
        catch (HttpIOException ex)
        {
            throw new ApiConnectionException(operationId, ex.HttpRequestError, ex);
        }
        catch (IOException ex)
        {
            throw new ApiConnectionException(operationId, HttpRequestError.Unknown, ex);
        }
    }

    private static async Task<(byte[] Buffer, int Count)> ReadAllPooledAsync(Stream stream, long? contentLength, CancellationToken cancellationToken)
    {
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        byte[] buffer = pool.Rent(contentLength is > 0 and < int.MaxValue - 1 ? (int)contentLength.Value + 1 : 16 * 1024);
        int count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    byte[] larger = pool.Rent(checked(buffer.Length * 2));
                    Buffer.BlockCopy(buffer, 0, larger, 0, count);
                    pool.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, count);
                }

                count += read;
            }
        }
        catch
        {
            pool.Return(buffer, clearArray: true);
            throw;
        }
    }

    internal static string DescribeStatus(int status)
    {
        string? phrase = HttpReasonPhrases.Get(status);
        return phrase is null
            ? status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + phrase + ")";
    }

    private static string Printable(string value)
    {
        var builder = new StringBuilder();
        foreach (char c in value)
        {
            if (builder.Length >= 100)
            {
                builder.Append('…');
                break;
            }

            builder.Append(c < 0x20 || c >= 0x7F ? '?' : c);
        }

        return builder.ToString();
    }

    private static TimeSpan? GetRetryAfter(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        if (headers.TryGetValue("Retry-After", out IReadOnlyList<string>? values) && values.Count > 0)
        {
            return ApiRateLimitedException.ParseRetryAfter(values[0], DateTimeOffset.UtcNow);
        }

        return null;
    }

    /// <summary>Reads at most <see cref="MaxErrorBodyBytes"/> of the body as text. Never throws except for the caller's cancellation.</summary>
    internal static async Task<(string? Body, bool Truncated)> ReadCappedBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        HttpContent? content = response.Content;
        if (content is null)
        {
            return (string.Empty, false);
        }

        byte[] buffer = new byte[MaxErrorBodyBytes + 1];
        int total = 0;
        bool incomplete = false;
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (total < buffer.Length)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(total, buffer.Length - total), cancellationToken).ConfigureAwait(false);
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

        bool truncated = incomplete || total > MaxErrorBodyBytes;
        int length = Math.Min(total, MaxErrorBodyBytes);
        try
        {
            return (Decode(buffer, length, GetEncoding(content)), truncated);
        }
        catch (Exception)
        {
            return (null, truncated);
        }
    }

    private static Encoding GetEncoding(HttpContent content)
    {
        string? charset = null;
        try
        {
            charset = content.Headers.ContentType?.CharSet;
        }
        catch (Exception)
        {
        }

        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset.Trim().Trim('"'));
            }
            catch (ArgumentException)
            {
            }
        }

        return Encoding.UTF8;
    }

    private static string Decode(byte[] buffer, int length, Encoding encoding)
    {
        int offset = 0;
        ReadOnlySpan<byte> preamble = encoding.Preamble;
        if (preamble.Length > 0 && buffer.AsSpan(0, length).StartsWith(preamble))
        {
            offset = preamble.Length;
        }
        else if (buffer.AsSpan(0, length).StartsWith(Encoding.UTF8.Preamble))
        {
            offset = 3;
            encoding = Encoding.UTF8;
        }

        // A decoder without flushing drops a multi-byte character cut in half by the cap.
        Decoder decoder = encoding.GetDecoder();
        char[] chars = new char[encoding.GetMaxCharCount(length - offset)];
        int count = decoder.GetChars(buffer, offset, length - offset, chars, 0, flush: false);
        return new string(chars, 0, count);
    }
}
