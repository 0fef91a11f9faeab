using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace SpecClient;

/// <summary>
/// Settings shared by every generated client: where to send, how long to wait and how to retry. Each generated
/// <c>{ClassName}Options</c> derives from it and adds the spec's credentials.
/// </summary>
/// <remarks>
/// <para>
/// The defaults retry transient failures (408, 429, 500, 502, 503, 504 and connection failures) of idempotent methods
/// (GET, HEAD, OPTIONS, TRACE, PUT, DELETE) up to <see cref="MaxRetryAttempts"/> times with exponential backoff and
/// jitter, honouring <c>Retry-After</c>. POST, PATCH and other methods are not retried unless
/// <see cref="RetryUnsafeMethods"/> is set or the call opts in (<see cref="ApiResilience.AllowRetries()"/>).
/// </para>
/// <para>
/// <see cref="ReadFrom"/> reads the settings from configuration keys without reflection, so it is trimming and
/// Native AOT safe. <see cref="Validate()"/> never includes a configured value in its messages.
/// </para>
/// </remarks>
public abstract class ApiClientOptions
{
    private static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    private readonly List<string> _readErrors = new();

    private TimeSpan? _attemptTimeout;

    /// <summary>Gets or sets the API's base address; when <see langword="null"/>, the spec's first server URL is used.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets the total time one call may take, retries, their delays and reading the response body included
    /// (default 100 seconds). For an operation that returns a <see cref="System.IO.Stream"/>, it ends when the stream is
    /// returned; reading the stream is bounded by <see cref="AttemptTimeout"/> per read instead.
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Gets or sets the time one attempt may take until its response headers arrive, and the longest one read of a
    /// returned response <see cref="System.IO.Stream"/> may wait for data. When not set it is 30 seconds, or
    /// <see cref="Timeout"/> when that is shorter. <see cref="Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan AttemptTimeout
    {
        get => _attemptTimeout ?? (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout < DefaultAttemptTimeout ? Timeout : DefaultAttemptTimeout);
        set => _attemptTimeout = value;
    }

    /// <summary>Gets or sets how many times a failed attempt is retried (default 3; 0 turns retries off; at most 10).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; later delays grow exponentially (default 1 second).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between two attempts (default 30 seconds).</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets whether the backoff delays are randomized (default <see langword="true"/>), so that many clients do not retry in step.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> the client waits for (default 30 seconds; at most 1 hour). A response
    /// asking for a longer wait is not retried: the caller gets it (for 429, an <see cref="ApiRateLimitedException"/> with
    /// <see cref="ApiRateLimitedException.RetryAfter"/>).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the largest success response body, in bytes, that is read into memory (JSON, text or bytes;
    /// default 64 MiB, between 1 KiB and 1 GiB). A larger body, declared or received, fails with an
    /// <see cref="ApiResponseTooLargeException"/> without being kept. A body returned as a <see cref="System.IO.Stream"/>
    /// is not limited; error bodies are kept up to 64 KiB whatever this is.
    /// </summary>
    public int MaxResponseBodyBytes { get; set; } = SpecClient.Internal.CallBudget.DefaultMaxResponseBodyBytes;

    /// <summary>
    /// Gets or sets the largest one event of an event stream (<c>text/event-stream</c>) may be, in bytes: its lines and
    /// their line breaks (default 16 MiB, between 1 KiB and 1 GiB). An event that grows past it, a line that never ends or
    /// data lines without the blank line that ends an event, fails with an <see cref="ApiEventTooLargeException"/> after
    /// every complete event before it; a stream of events within the limit may run for as long as it lasts.
    /// </summary>
    public int MaxEventBytes { get; set; } = SpecClient.Internal.CallBudget.DefaultMaxEventBytes;

    /// <summary>
    /// Gets or sets the most pages one walk of a paged operation (<c>{Operation}AllAsync</c>) requests (default 1,000,
    /// between 1 and 1,000,000); a walk that would need more fails with an <see cref="ApiPageLimitException"/> after the
    /// items of the pages before. <see cref="ApiRequestOptions.MaxPages"/> overrides it for one walk.
    /// </summary>
    public int MaxPages { get; set; } = SpecClient.Internal.CallBudget.DefaultMaxPages;

    /// <summary>
    /// Gets or sets whether POST, PATCH and other non-idempotent methods are retried too (default <see langword="false"/>).
    /// Set it only when every such operation of the API can safely be repeated: a retried request may have reached the
    /// server already. To opt in for one call instead, use <see cref="ApiResilience.AllowRetries()"/>.
    /// </summary>
    public bool RetryUnsafeMethods { get; set; }

    /// <summary>
    /// Reads the settings from configuration keys (<c>BaseAddress</c>, <c>Timeout</c>, <c>AttemptTimeout</c>,
    /// <c>MaxRetryAttempts</c>, <c>RetryBaseDelay</c>, <c>RetryMaxDelay</c>, <c>UseJitter</c>, <c>MaxRetryAfter</c>,
    /// <c>RetryUnsafeMethods</c>, <c>MaxResponseBodyBytes</c>, <c>MaxEventBytes</c>, <c>MaxPages</c>, and the credential keys of the derived class). Keys that are absent keep their
    /// current value; values that cannot be read are reported by <see cref="Validate()"/>.
    /// </summary>
    /// <param name="getValue">Returns the value of a key, or <see langword="null"/> when it is absent (for example <c>key =&gt; section[key]</c>).</param>
    public void ReadFrom(Func<string, string?> getValue)
    {
        ArgumentNullException.ThrowIfNull(getValue);
        if (getValue(nameof(BaseAddress)) is { } baseAddress)
        {
            if (Uri.TryCreate(baseAddress.Trim(), UriKind.Absolute, out Uri? uri))
            {
                BaseAddress = uri;
            }
            else
            {
                _readErrors.Add("BaseAddress: the configured value is not an absolute URI.");
            }
        }

        Timeout = ReadTimeSpan(getValue, nameof(Timeout), Timeout);
        if (getValue(nameof(AttemptTimeout)) is not null)
        {
            AttemptTimeout = ReadTimeSpan(getValue, nameof(AttemptTimeout), AttemptTimeout);
        }
        RetryBaseDelay = ReadTimeSpan(getValue, nameof(RetryBaseDelay), RetryBaseDelay);
        RetryMaxDelay = ReadTimeSpan(getValue, nameof(RetryMaxDelay), RetryMaxDelay);
        MaxRetryAfter = ReadTimeSpan(getValue, nameof(MaxRetryAfter), MaxRetryAfter);
        MaxRetryAttempts = ReadInt32(getValue, nameof(MaxRetryAttempts), MaxRetryAttempts);
        MaxResponseBodyBytes = ReadInt32(getValue, nameof(MaxResponseBodyBytes), MaxResponseBodyBytes);
        MaxEventBytes = ReadInt32(getValue, nameof(MaxEventBytes), MaxEventBytes);
        MaxPages = ReadInt32(getValue, nameof(MaxPages), MaxPages);

        UseJitter = ReadBoolean(getValue, nameof(UseJitter), UseJitter);
        RetryUnsafeMethods = ReadBoolean(getValue, nameof(RetryUnsafeMethods), RetryUnsafeMethods);
        ReadCredentials(getValue);
    }

    /// <summary>Checks the settings.</summary>
    /// <returns>One message per problem, empty when the settings are valid. No message contains a configured value.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(_readErrors);
        if (BaseAddress is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("BaseAddress must be an absolute http or https URI.");
        }

        ValidateTimeout(errors, nameof(Timeout), Timeout);
        ValidateTimeout(errors, nameof(AttemptTimeout), AttemptTimeout);
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && AttemptTimeout != System.Threading.Timeout.InfiniteTimeSpan && AttemptTimeout > Timeout)
        {
            errors.Add("AttemptTimeout must not be longer than Timeout.");
        }

        if (MaxRetryAttempts is < 0 or > 10)
        {
            errors.Add("MaxRetryAttempts must be between 0 and 10.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromHours(1))
        {
            errors.Add("RetryBaseDelay must be between 0 and 1 hour.");
        }

        if (RetryMaxDelay < RetryBaseDelay || RetryMaxDelay > TimeSpan.FromHours(1))
        {
            errors.Add("RetryMaxDelay must be at least RetryBaseDelay and at most 1 hour.");
        }

        if (MaxRetryAfter < TimeSpan.Zero || MaxRetryAfter > TimeSpan.FromHours(1))
        {
            errors.Add("MaxRetryAfter must be between 0 and 1 hour.");
        }

        if (MaxResponseBodyBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            errors.Add("MaxResponseBodyBytes must be between 1024 (1 KiB) and 1073741824 (1 GiB).");
        }

        if (MaxEventBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            errors.Add("MaxEventBytes must be between 1024 (1 KiB) and 1073741824 (1 GiB).");
        }

        if (MaxPages is < 1 or > SpecClient.Internal.CallBudget.MaxMaxPages)
        {
            errors.Add("MaxPages must be between 1 and 1000000.");
        }

        ValidateCredentials(errors);
        return errors;
    }

    /// <summary>Throws when <see cref="Validate()"/> reports a problem.</summary>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem, never a value.</exception>
    public void ThrowIfInvalid()
    {
        IReadOnlyList<string> errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(GetType().Name + " is invalid: " + string.Join(" ", errors));
        }
    }

    /// <summary>When overridden, reads the credential keys of the spec's security schemes.</summary>
    /// <param name="getValue">Returns the value of a key, or <see langword="null"/> when it is absent.</param>
    protected virtual void ReadCredentials(Func<string, string?> getValue)
    {
    }

    /// <summary>When overridden, adds a message per credential problem; a message must never contain a credential.</summary>
    /// <param name="errors">The list to add to.</param>
    protected virtual void ValidateCredentials(ICollection<string> errors)
    {
    }

    private static void ValidateTimeout(List<string> errors, string name, TimeSpan value)
    {
        if (value != System.Threading.Timeout.InfiniteTimeSpan && (value < TimeSpan.FromMilliseconds(10) || value > TimeSpan.FromDays(1)))
        {
            errors.Add(name + " must be between 10 milliseconds and 1 day (or infinite).");
        }
    }

    private TimeSpan ReadTimeSpan(Func<string, string?> getValue, string key, TimeSpan current)
    {
        if (getValue(key) is not { } text)
        {
            return current;
        }

        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds <= TimeSpan.FromDays(1).TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan value))
        {
            return value;
        }

        _readErrors.Add(key + ": the configured value is not a time span (use seconds, or hh:mm:ss).");
        return current;
    }

    private int ReadInt32(Func<string, string?> getValue, string key, int current)
    {
        if (getValue(key) is not { } text)
        {
            return current;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        _readErrors.Add(key + ": the configured value is not an integer.");
        return current;
    }

    private bool ReadBoolean(Func<string, string?> getValue, string key, bool current)
    {
        if (getValue(key) is not { } text)
        {
            return current;
        }

        if (bool.TryParse(text.Trim(), out bool value))
        {
            return value;
        }

        _readErrors.Add(key + ": the configured value is not true or false.");
        return current;
    }
}
