using System;
using System.Net;

namespace Tratta.Runtime;

/// <summary>
/// No usable answer: the connection failed, the call timed out, or the body is not the JSON the spec describes.
/// Unless <see cref="RequestNotSent"/> is true, the request may have reached the server: for a POST (a charge),
/// whether it took effect is unknown, so check before sending it again.
/// </summary>
public class ApiTransportException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code, when the server answered (with a body that cannot be read).</param>
    /// <param name="operation">The method and path template of the call.</param>
    /// <param name="innerException">The cause.</param>
    public ApiTransportException(string message, HttpStatusCode? statusCode = null, string? operation = null, Exception? innerException = null)
        : base(message, statusCode, operation, innerException)
    {
    }

    /// <summary>
    /// True when no attempt of the call can have reached the server (the host was not found, the connection was
    /// refused, TLS failed, or the resilience pipeline refused to send it): the server cannot have acted on it, and
    /// sending it again is safe.
    /// </summary>
    public bool RequestNotSent { get; init; }
}
