using System.IO;
using System.Net.Http;

namespace SpecClient.Internal;

/// <summary>
/// A body read from a caller's stream, which it does not dispose (the caller owns what it passed in), and which knows
/// whether it can be sent again: only when the stream can seek back to where it started.
/// </summary>
internal sealed class ReplayableStreamContent : StreamContent
{
    public ReplayableStreamContent(Stream stream)
        : base(new NonDisposingStream(stream))
    {
        CanReplay = stream.CanSeek;
    }

    /// <summary>Gets whether the body can be sent again.</summary>
    public bool CanReplay { get; }
}
