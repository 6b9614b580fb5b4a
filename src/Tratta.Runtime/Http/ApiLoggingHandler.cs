using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Tratta.Runtime.Http;

/// <summary>
/// Logs one event per attempt: method, path template (<c>/customers/{customer}</c>, never the filled-in path), status,
/// elapsed time and attempt number. Never a header, a body, a query string or a secret. Placed outside the
/// <see cref="AttemptHandler"/>, an attempt is logged once its body has arrived, so that a body that breaks off is
/// logged as the failure it is.
/// </summary>
public sealed partial class ApiLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">Where the events go; its category names the client.</param>
    /// <param name="timeProvider">The clock that times attempts; the system clock when null.</param>
    public ApiLoggingHandler(ILogger logger, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var pathTemplate = request.Options.TryGetValue(ApiOperation.Key, out var operation) ? operation.PathTemplate : "(unknown operation)";
        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogAttempt(method, pathTemplate, (int)response.StatusCode, _timeProvider.GetElapsedTime(started).TotalMilliseconds, Attempt(request));
            return response;
        }
        catch (Exception exception)
        {
            // A cancelled attempt is logged as well: the attempt timeout cancels it, and for a POST that attempt is
            // the one whose outcome is unknown.
            var error = exception is OperationCanceledException ? "Cancelled or timed out" : exception.GetType().Name;
            LogFailedAttempt(method, pathTemplate, error, _timeProvider.GetElapsedTime(started).TotalMilliseconds, Attempt(request));
            throw;
        }
    }

    private static int Attempt(HttpRequestMessage request) =>
        request.Options.TryGetValue(AttemptHandler.AttemptKey, out var number) ? number : 1;

    [LoggerMessage(EventId = 1, EventName = "ApiAttempt", Level = LogLevel.Information,
        Message = "{Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    private partial void LogAttempt(string method, string pathTemplate, int statusCode, double elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 2, EventName = "ApiAttemptFailed", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} failed with {ErrorType} after {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    private partial void LogFailedAttempt(string method, string pathTemplate, string errorType, double elapsedMilliseconds, int attempt);
}
