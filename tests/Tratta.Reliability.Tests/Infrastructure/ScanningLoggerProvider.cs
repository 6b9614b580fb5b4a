using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// A logger provider that takes every event of every category at every level (Trace and Debug included) and hands
/// what a log sink could write — the formatted message, each structured value, the exception — to a
/// <see cref="SecretScan"/>. It keeps nothing but counts.
/// </summary>
internal sealed class ScanningLoggerProvider(SecretScan scan) : ILoggerProvider
{
    private long _events;

    public long Events => Interlocked.Read(ref _events);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ScanningLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            provider.Scan($"{category} scope", state.ToString());
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Interlocked.Increment(ref provider._events);
            provider.Scan($"{category} log", formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    provider.Scan($"{category} log value {key}", value?.ToString());
                }
            }

            if (exception is not null)
            {
                provider.ScanException(exception);
            }
        }
    }

    private void Scan(string source, string? text) => scan.Text(source, text);

    private void ScanException(Exception exception) => scan.Exception(exception);
}
