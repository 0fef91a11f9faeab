using System.Linq;
using System.Net.Http;

namespace SpecClient.Internal;

/// <summary>Tells whether a request body can be sent again (for a retry or a 307/308 redirect).</summary>
/// <remarks>
/// Buffered bodies (bytes, text, JSON, form fields) can; a stream body only when its stream can seek back to where it
/// started. A <see cref="StreamContent"/> the runtime did not make is taken not to, since its stream cannot be seen.
/// A multipart body can when every part can. A sequence of JSON texts can when its items are a materialized collection.
/// </remarks>
internal static class ContentReplay
{
    public static bool CanReplay(HttpContent? content) => content switch
    {
        null => true,
        ReplayableStreamContent stream => stream.CanReplay,
        IReplayableContent sequence => sequence.CanReplay,
        MultipartContent parts => parts.All(CanReplay),
        StreamContent => false,
        _ => true,
    };
}

/// <summary>A body of the runtime's own that knows whether it can be sent again.</summary>
internal interface IReplayableContent
{
    bool CanReplay { get; }
}
