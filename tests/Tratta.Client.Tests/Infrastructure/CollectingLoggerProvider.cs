using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>Keeps every log event of every category and level, with its structured values.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Everything a log sink could receive: message, values and exception text.</summary>
    public string AllText() => string.Join("\n", Events.Select(e => $"{e.Category} {e.Message} {string.Join(" ", e.Values)} {e.Exception}"));

    private sealed class Logger(CollectingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
            provider.Events.Enqueue(new LogEvent(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

internal sealed record LogEvent(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, string? Exception);
