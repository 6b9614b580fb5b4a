using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tratta.Generator.Runtime;

namespace Tratta.Client.Http;

/// <summary>
/// Logs one event per attempt: method, path template (<c>/customers/{customer}</c>, never the filled-in path), status,
/// elapsed time and attempt number. Never a header, a body, a query string or a secret. An attempt is logged once its
/// body has arrived, so that a body that breaks off is logged as the failure it is.
/// </summary>
public sealed partial class TrattaLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">Where the events go.</param>
    /// <param name="timeProvider">The clock that times attempts; the system clock when null.</param>
    public TrattaLoggingHandler(ILogger logger, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var pathTemplate = request.Options.TryGetValue(ApiConnection.OperationKey, out var operation) && operation.IndexOf(' ') is var space and > 0
            ? operation[(space + 1)..]
            : "(unknown operation)";
        var attempt = request.Options.TryGetValue(TrattaResilienceHandler.AttemptKey, out var number) ? number : 1;
        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await ResponseBodies.ReadAsync(await base.SendAsync(request, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            LogAttempt(method, pathTemplate, (int)response.StatusCode, _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt);
            return response;
        }
        catch (Exception exception)
        {
            // A cancelled attempt is logged as well: the attempt timeout cancels it, and for a POST that attempt is
            // the one whose outcome is unknown.
            var error = exception is OperationCanceledException ? "Cancelled or timed out" : exception.GetType().Name;
            LogFailedAttempt(method, pathTemplate, error, _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, EventName = "TrattaAttempt", Level = LogLevel.Information,
        Message = "Tratta {Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    private partial void LogAttempt(string method, string pathTemplate, int statusCode, double elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 2, EventName = "TrattaAttemptFailed", Level = LogLevel.Warning,
        Message = "Tratta {Method} {PathTemplate} failed with {ErrorType} after {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    private partial void LogFailedAttempt(string method, string pathTemplate, string errorType, double elapsedMilliseconds, int attempt);
}
