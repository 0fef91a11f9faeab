using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

public static partial class ApiEventStream
{
    /// <summary>
    /// One enumeration of an event stream, written by hand so that a stream call is one thin layer over
    /// <see cref="SseParser"/>'s enumerator: no compiler iterator of its own, items of the event type itself, and a
    /// <see cref="MoveNextAsync"/> whose next event is already buffered completes at once without allocating. Like a
    /// compiler iterator, the first <see cref="GetAsyncEnumerator"/> returns the object itself and later ones a fresh
    /// copy, and the method's token and the enumerator's are combined. The response, its stream and the parser are
    /// released when the events end, when a read fails, and when the enumerator is disposed.
    /// </summary>
    private sealed class EventReader<T> : IAsyncEnumerable<T>, IAsyncEnumerator<T>
    {
        private const int Created = 0;
        private const int Enumerating = 1;

        private readonly Func<CancellationToken, Task<HttpResponseMessage>> _send;
        private readonly JsonTypeInfo<T> _typeInfo;
        private readonly CancellationToken _methodToken;
        private int _state;
        private bool _ended;
        private bool _done;
        private JsonException? _malformed;
        private CancellationToken _token;
        private CancellationTokenSource? _linked;
        private HttpResponseMessage? _response;
        private string? _operationId;
        private Stream? _stream;
        private SseParser<T>? _parser;
        private EventStrings? _strings;
        private IAsyncEnumerator<SseItem<T>>? _items;
        private long _number;
        private T _current = default!;

        public EventReader(Func<CancellationToken, Task<HttpResponseMessage>> send, JsonTypeInfo<T> typeInfo, string? operationId, CancellationToken cancellationToken)
        {
            _send = send;
            _typeInfo = typeInfo;
            _operationId = operationId;
            _methodToken = cancellationToken;
        }

        public T Current => _current;

        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            EventReader<T> reader = Interlocked.CompareExchange(ref _state, Enumerating, Created) == Created
                ? this
                : new EventReader<T>(_send, _typeInfo, _operationId, _methodToken) { _state = Enumerating };
            reader.CombineTokens(cancellationToken);
            return reader;
        }

        public ValueTask<bool> MoveNextAsync()
        {
            if (_items is not { } items)
            {
                return _ended ? new ValueTask<bool>(false) : StartAsync();
            }

            // An event already buffered (the usual case) is taken without an await; the result is read exactly once.
            ValueTask<bool> next = items.MoveNextAsync();
            if (!next.IsCompletedSuccessfully)
            {
                return WaitAsync(next);
            }

            return next.Result && Accept(items) ? new ValueTask<bool>(true) : StopAsync();
        }

        public ValueTask DisposeAsync() => ReleaseAsync();

        // The same rule as [EnumeratorCancellation]: the one token that can be canceled, or both linked.
        private void CombineTokens(CancellationToken enumeratorToken)
        {
            if (!enumeratorToken.CanBeCanceled || enumeratorToken == _methodToken)
            {
                _token = _methodToken;
            }
            else if (!_methodToken.CanBeCanceled)
            {
                _token = enumeratorToken;
            }
            else
            {
                _linked = CancellationTokenSource.CreateLinkedTokenSource(_methodToken, enumeratorToken);
                _token = _linked.Token;
            }
        }

        // Reads one event's data; [DONE] and data that is not valid for T are noted, and end the enumeration (StopAsync).
        private T Parse(string eventType, ReadOnlySpan<byte> data)
        {
            if (data.SequenceEqual("[DONE]"u8))
            {
                _done = true;
                return default!;
            }

            EventStrings? outer = EventStrings.Enter(_strings);
            try
            {
                T? value = JsonSerializer.Deserialize(data, _typeInfo);
                if (value is null && default(T) is null && Nullable.GetUnderlyingType(typeof(T)) is null)
                {
                    _malformed = new JsonException("The event's data is JSON null.", "$", null, null);
                }

                return value!;
            }
            catch (JsonException ex)
            {
                _malformed = ex;
                return default!;
            }
            finally
            {
                EventStrings.Leave(outer);
            }
        }

        // Takes the event the items are at as the current one, unless it was [DONE] or malformed.
        private bool Accept(IAsyncEnumerator<SseItem<T>> items)
        {
            if (_done || _malformed is not null)
            {
                return false;
            }

            _number++;
            _current = items.Current.Data;
            return true;
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<bool> StartAsync()
        {
            try
            {
                HttpResponseMessage response = await _send(_token).ConfigureAwait(false);
                _response = response;
                _operationId ??= ApiHttp.OperationIdOf(response);
                ThrowIfNotEventStream(response, _operationId);
                Stream inner = await response.Content.ReadAsStreamAsync(_token).ConfigureAwait(false);
                CallBudget budget = CallBudget.Of(response);
                _stream = new EventSizeLimit(new ResponseOwningStream(inner, response, budget, _operationId), response, _operationId, budget.MaxEventBytes);
                _strings = EventStrings.Rent();
                _parser = SseParser.Create(_stream, Parse);
                _items = _parser.EnumerateAsync(_token).GetAsyncEnumerator();
            }
            catch
            {
                await ReleaseAsync().ConfigureAwait(false);
                throw;
            }

            return await WaitAsync(_items.MoveNextAsync()).ConfigureAwait(false);
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<bool> WaitAsync(ValueTask<bool> next)
        {
            bool more;
            try
            {
                more = await next.ConfigureAwait(false);
            }
            catch
            {
                await ReleaseAsync().ConfigureAwait(false);
                throw;
            }

            return (more && Accept(_items!)) || await StopAsync().ConfigureAwait(false);
        }

        // The end of the events: the body ended, [DONE], or a malformed event (thrown, after the events before it). The
        // response is released now, not only when the enumerator is disposed.
        private async ValueTask<bool> StopAsync()
        {
            ApiEventFormatException? malformed = _malformed is { } error ? FormatError(_items!.Current.EventType, error) : null;
            await ReleaseAsync().ConfigureAwait(false);
            return malformed is null ? false : throw malformed;
        }

        private ApiEventFormatException FormatError(string eventType, JsonException error)
        {
            HttpResponseMessage response = _response!;
            string lastEventId = _parser!.LastEventId;
            return new ApiEventFormatException(
                _operationId!,
                (int)response.StatusCode,
                eventType,
                _number + 1,
                string.IsNullOrEmpty(lastEventId) ? null : ServerText.Sanitize(lastEventId),
                ApiJson.GetJsonPath(error) is { Length: > 0 } path ? ServerText.Sanitize(path) : "$",
                ApiResponseHeaders.FromResponse(response),
                error);
        }

        // Releases what this enumeration holds, once; a released reader stays ended.
        private async ValueTask ReleaseAsync()
        {
            _ended = true;
            IAsyncEnumerator<SseItem<T>>? items = _items;
            Stream? stream = _stream;
            HttpResponseMessage? response = _response;
            CancellationTokenSource? linked = _linked;
            if (_strings is { } strings)
            {
                _strings = null;
                EventStrings.Return(strings);
            }

            _items = null;
            _stream = null;
            _response = null;
            _linked = null;
            _current = default!;
            try
            {
                if (items is not null)
                {
                    await items.DisposeAsync().ConfigureAwait(false);
                }

                if (stream is not null)
                {
                    // The stream owns the response.
                    await stream.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    response?.Dispose();
                }
            }
            finally
            {
                linked?.Dispose();
            }
        }
    }
}
