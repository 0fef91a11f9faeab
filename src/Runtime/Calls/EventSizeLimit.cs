using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Internal;

/// <summary>
/// The body of an event stream as <see cref="System.Net.ServerSentEvents.SseParser"/> reads it, bounded per event: it
/// follows the lines as they pass (a blank line ends an event; a comment line keeps nothing once it ends) and hands the
/// parser at most what the current event may still grow by, so the parser's line and data buffers stay within
/// <see cref="CallBudget.MaxEventBytes"/>. When an event has grown past the limit, the parser's next read (it reads only
/// once it has delivered every complete event it holds) throws an <see cref="ApiEventTooLargeException"/>.
/// </summary>
/// <remarks>The lines are found with a vectorized search for CR and LF, so a stream of normal events costs next to nothing.</remarks>
internal sealed class EventSizeLimit : Stream
{
    private readonly Stream _inner;
    private readonly HttpResponseMessage _response;
    private readonly string _operationId;
    private readonly long _limit;
    private long _eventBytes;   // the current event so far: its lines (comments only while open) and their line breaks
    private long _lineLength;   // the current line so far, without its line break
    private bool _lineIsComment;
    private bool _afterCR;      // the last byte was CR, so an LF right after it ends no further line

    /// <param name="inner">The body; disposed with this stream.</param>
    /// <param name="response">The response, for the exception's status and headers.</param>
    /// <param name="operationId">The OpenAPI operation id.</param>
    /// <param name="limit">The most bytes one event may take.</param>
    public EventSizeLimit(Stream inner, HttpResponseMessage response, string operationId, int limit)
    {
        _inner = inner;
        _response = response;
        _operationId = operationId;
        _limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = _inner.Read(buffer[..Room(buffer.Length)]);
        Follow(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Memory<byte> room = buffer[..Room(buffer.Length)];
        ValueTask<int> reading = _inner.ReadAsync(room, cancellationToken);
        if (reading.IsCompletedSuccessfully)
        {
            int read = reading.Result;
            Follow(room.Span[..read]);
            return new ValueTask<int>(read);
        }

        return FollowAsync(reading, room);
    }

    private async ValueTask<int> FollowAsync(ValueTask<int> reading, Memory<byte> room)
    {
        int read = await reading.ConfigureAwait(false);
        Follow(room.Span[..read]);
        return read;
    }

    // How much of a read of `wanted` bytes the current event may still take: up to one byte past the limit, so that an
    // event of exactly the limit can still be ended by its blank line. The parser asks again only once it has handed out
    // every complete event, so an event past the limit fails here, after the events before it.
    private int Room(int wanted)
    {
        long room = _limit + 1 - _eventBytes;
        if (room <= 0)
        {
            throw new ApiEventTooLargeException(_operationId, (int)_response.StatusCode, _limit, ApiResponseHeaders.FromResponse(_response));
        }

        return (int)Math.Min(wanted, room);
    }

    private void Follow(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (_afterCR)
            {
                _afterCR = false;
                if (bytes[i] == (byte)'\n')
                {
                    i++;
                    continue;
                }
            }

            int found = bytes[i..].IndexOfAny((byte)'\r', (byte)'\n');
            int textEnd = found < 0 ? bytes.Length : i + found;
            if (textEnd > i)
            {
                if (_lineLength == 0)
                {
                    _lineIsComment = bytes[i] == (byte)':';
                }

                _lineLength += textEnd - i;
                _eventBytes += textEnd - i;
            }

            if (found < 0)
            {
                return;
            }

            _afterCR = bytes[textEnd] == (byte)'\r';
            if (_lineLength == 0)
            {
                _eventBytes = 0;                  // a blank line: the event ended
            }
            else if (_lineIsComment)
            {
                _eventBytes -= _lineLength;       // a comment leaves nothing behind
            }
            else
            {
                _eventBytes++;
            }

            _lineLength = 0;
            _lineIsComment = false;
            i = textEnd + 1;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
