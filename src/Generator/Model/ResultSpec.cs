namespace SpecClient.Generator.Model;

/// <summary>What an operation's method returns, decided once by the binder from the success responses.</summary>
internal sealed record ResultSpec
{
    /// <summary>The returned type, or null for a plain <c>Task</c>.</summary>
    public TypeRef? Type { get; init; }

    /// <summary>How the returned body is read.</summary>
    public BodyKind Kind { get; init; }

    /// <summary>Some success status has no content, so the result is nullable.</summary>
    public bool MayBeEmpty { get; init; }

    /// <summary>The text of the method's <c>returns</c> doc.</summary>
    public string? Description { get; init; }

    /// <summary>The Accept header to send, from the success responses' media types; null sends none.</summary>
    public string? AcceptHeader { get; init; }

    /// <summary>2xx responses; when a spec lists none, its <c>default</c> response, which then describes success.</summary>
    public required EquatableArray<ResponseSpec> Successes { get; init; }

    /// <summary>
    /// The success response any 2xx without a branch of its own is read as (a range like 2XX, a default that stands for
    /// success, or a status the description omits); null when the operation lists no success at all.
    /// </summary>
    public ResponseSpec? PrimarySuccess { get; init; }

    /// <summary>Success statuses read differently from <see cref="PrimarySuccess"/> (no content where it has some, or the reverse): each gets a branch.</summary>
    public EquatableArray<ResponseSpec> SeparateSuccesses { get; init; } = EquatableArray<ResponseSpec>.Empty;

    /// <summary>
    /// Whether the client's one shared call method reads the response (every 2xx read the same way, as a JSON value that
    /// may not be null, or as no value): then the operation's methods return its task and hold no state machine.
    /// </summary>
    public bool UsesSharedCall { get; init; }

    /// <summary>The type of each item of the success response's sequential body; when set, a <c>{Name}StreamAsync</c> method exists.</summary>
    public TypeRef? EventType { get; init; }

    /// <summary>The media type the stream method asks for (its Accept header): <c>text/event-stream</c>, <c>application/jsonl</c>, ...</summary>
    public string? StreamMediaType { get; init; }

    /// <summary>How the stream method reads the items: as server-sent events or as a sequence of JSON texts.</summary>
    public StreamFormat StreamFormat { get; init; }

    /// <summary>
    /// The C# name of the request body's boolean <c>stream</c> property, which the stream method sets to <c>true</c>
    /// (the convention of APIs that answer one operation with JSON or with events); null when the body has none.
    /// </summary>
    public string? StreamFlagProperty { get; init; }

    /// <summary>The method hands the caller the response stream (which then owns the response).</summary>
    public bool ReturnsStream => Type is not null && Kind == BodyKind.Binary;
}
