using System;
using System.Net;

namespace Tratta.Runtime;

/// <summary>
/// A call of a generated client did not succeed: the base of every error the clients throw, so one <c>catch</c>
/// handles any client. The derived types say why: <see cref="ApiValidationException"/> (422, or found before
/// sending), <see cref="ApiAuthenticationException"/> (401), <see cref="ApiPermissionException"/> (403),
/// <see cref="ApiNotFoundException"/> (404), <see cref="ApiRateLimitException"/> (429), <see cref="ApiServerException"/>
/// (5xx) and <see cref="ApiTransportException"/> (no usable answer). Messages never hold a request body, a secret, or
/// card or bank data.
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong; never a request body, a secret or card/bank data.</param>
    /// <param name="statusCode">The HTTP status code, when the server answered.</param>
    /// <param name="operation">The method and path template of the call.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApiException(string message, HttpStatusCode? statusCode = null, string? operation = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Operation = operation;
    }

    /// <summary>The HTTP status code, when the server answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The method and path template of the call, e.g. <c>GET /customers/{customer}</c>.</summary>
    public string? Operation { get; }

    /// <summary>The <c>message</c> (or problem <c>detail</c>/<c>title</c>) of the server's JSON error body, if it sent one.</summary>
    public string? ServerMessage { get; init; }

    /// <summary>The server's request id (<c>X-Request-Id</c>, <c>Request-Id</c> or <c>X-Correlation-Id</c>), to quote to its support.</summary>
    public string? RequestId { get; init; }

    /// <summary>How long the server asked to wait before the next request (<c>Retry-After</c>, sent with 429 and 503).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The error body read into the type the spec declares for this status (<c>4XX</c>, <c>default</c> and the like),
    /// when it declares one and the body is of that shape; test it with a type pattern.
    /// </summary>
    public object? Error { get; init; }
}
