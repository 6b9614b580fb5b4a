using System;
using Microsoft.Extensions.Logging;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// A logger that is enabled and writes nowhere: the client's per-attempt log event is built and dispatched, as in an
/// application that logs at Information, without the cost of a console or a file, which is not the client's.
/// </summary>
internal sealed class DiscardingLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => DiscardingLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class DiscardingLogger : ILogger
    {
        public static readonly DiscardingLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
