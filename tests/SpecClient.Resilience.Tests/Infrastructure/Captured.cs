using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace SpecClient.Resilience.Tests.Infrastructure;

/// <summary>Everything a test saw: log lines (with scopes and exceptions), exception texts and test output.</summary>
public sealed class Captured
{
    private readonly ConcurrentQueue<string> _texts = new();

    public IReadOnlyList<string> Texts => _texts.ToArray();

    public void Add(string? text)
    {
        if (text is not null)
        {
            _texts.Enqueue(text);
        }
    }

    /// <summary>Records an exception's message, ToString and every inner exception's, as a logger or a crash report would.</summary>
    public void Add(Exception? exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            Add(e.GetType().FullName + ": " + e.Message);
            Add(e.ToString());
            if (e is ApiException api)
            {
                Add(api.ResponseBody);
            }
        }
    }

    /// <summary>The captured texts that contain any of <paramref name="secrets"/>, described without the secret.</summary>
    public IReadOnlyList<string> Leaks(IEnumerable<string> secrets)
    {
        var found = new List<string>();
        foreach (string secret in secrets.Where(s => s.Length > 0))
        {
            int count = _texts.Count(t => t.Contains(secret, StringComparison.Ordinal));
            if (count > 0)
            {
                found.Add($"a secret of length {secret.Length} appears in {count} captured text(s)");
            }
        }

        return found;
    }
}

/// <summary>An <see cref="ILoggerProvider"/> keeping every message at every level, with its scopes and exception.</summary>
public sealed class CapturingLoggerProvider(Captured captured) : ILoggerProvider, ISupportExternalScope
{
    private readonly Captured _captured = captured;

    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public int Count;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            System.Threading.Interlocked.Increment(ref provider.Count);
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            string structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(";", pairs.Select(p => p.Key + "=" + p.Value))
                : string.Empty;
            provider._captured.Add($"{logLevel} {category} [{string.Join(" => ", scopes)}] {formatter(state, exception)} {structured}");
            provider._captured.Add(exception);
        }
    }
}

/// <summary>Test output that is also captured.</summary>
public sealed class CapturingOutput(ITestOutputHelper output, Captured captured)
{
    public void WriteLine(string text)
    {
        captured.Add(text);
        output.WriteLine(text);
    }
}
