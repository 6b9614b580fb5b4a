using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Tratta.Runtime.Http;
using Tratta.Runtime.Json;

namespace Tratta.Runtime;

/// <summary>Turns a call that did not succeed into the exception that says why.</summary>
internal static class ApiExceptionFactory
{
    /// <summary>The server answered with an error status.</summary>
    public static ApiException Failure(ApiOperation operation, HttpResponseMessage response, byte[] body, DateTimeOffset receivedAt)
    {
        var status = response.StatusCode;
        var serverMessage = ErrorBody.Message(body);
        var requestId = ErrorBody.RequestId(response);
        var message = $"{operation.Name} failed with {(int)status} ({response.ReasonPhrase ?? status.ToString()})."
            + (serverMessage is null ? "" : " " + serverMessage)
            + (requestId is null ? "" : $" Request id: {requestId}.");
        var name = operation.Name;
        var retryAfter = RateLimitHeaders.RetryAfter(response, receivedAt);
        var error = ReadError(operation, (int)status, body);
        return (int)status switch
        {
            401 => new ApiAuthenticationException(message, status, name) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error },
            403 => new ApiPermissionException(message, status, name) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error },
            404 => new ApiNotFoundException(message, status, name) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error },
            422 => Validation(ValidationErrors.Parse(body), message, status, name, serverMessage, requestId, retryAfter, error),
            400 when ValidationErrors.Parse(body) is { IsValid: false } errors => Validation(errors, message, status, name, serverMessage, requestId, retryAfter, error),
            429 => new ApiRateLimitException(message, status, name)
            {
                ServerMessage = serverMessage,
                RequestId = requestId,
                RetryAfter = retryAfter,
                Error = error,
                Limit = RateLimitHeaders.Number(response, "X-RateLimit-Limit"),
                Remaining = RateLimitHeaders.Number(response, "X-RateLimit-Remaining"),
                Reset = RateLimitHeaders.Reset(response),
            },
            >= 500 => new ApiServerException(message, status, name) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error },
            _ => new ApiException(message, status, name) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error },
        };
    }

    /// <summary>The server answered with success, but the body is not the JSON the spec describes.</summary>
    public static ApiException InvalidResponse(ApiOperation operation, HttpStatusCode status, Exception exception) =>
        new ApiTransportException($"{operation.Name} answered {(int)status} with a body that is not what the spec describes: {exception.Message}", status, operation.Name, exception);

    /// <summary>No answer: a connection failure, a timeout, or a request the resilience pipeline refused to send.</summary>
    public static ApiException Transport(ApiOperation operation, Exception exception, bool requestNotSent)
    {
        var name = operation.Name;
        return exception switch
        {
            BrokenCircuitException or RateLimiterRejectedException when requestNotSent =>
                new ApiTransportException($"{name} was not sent: {exception.Message}", null, name, exception) { RequestNotSent = true },
            _ when requestNotSent =>
                new ApiTransportException($"{name} could not connect to the server; nothing was sent: {exception.Message}", null, name, exception) { RequestNotSent = true },
            TimeoutException or TimeoutRejectedException or TaskCanceledException =>
                new ApiTransportException($"{name} timed out; the request may have reached the server: {exception.Message}", null, name, exception),
            _ => new ApiTransportException($"{name} failed after the request may have reached the server; whether it took effect is unknown: {exception.Message}", null, name, exception),
        };
    }

    private static ApiValidationException Validation(ValidationErrors errors, string message, HttpStatusCode status, string operation, string? serverMessage, string? requestId, TimeSpan? retryAfter, object? error) =>
        new(errors, message, status, operation) { ServerMessage = serverMessage, RequestId = requestId, RetryAfter = retryAfter, Error = error };

    // An error body of another shape than the spec declares is no reason to hide the status: it is left unread.
    private static object? ReadError(ApiOperation operation, int status, byte[] body)
    {
        if (operation.ErrorReader is not { } read || body.Length == 0)
        {
            return null;
        }

        try
        {
            return read(status, body);
        }
        catch (Exception exception) when (JsonRead.IsUnreadable(exception))
        {
            return null;
        }
    }
}
