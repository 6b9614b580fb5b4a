using System;
using System.Net;

namespace Tratta.Runtime;

/// <summary>The server answered 429: too many requests. Wait <see cref="ApiException.RetryAfter"/> before the next one.</summary>
public class ApiRateLimitException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiRateLimitException(string message, HttpStatusCode? statusCode = null, string? operation = null)
        : base(message, statusCode, operation)
    {
    }

    /// <summary>The request limit of the current window (<c>X-RateLimit-Limit</c>).</summary>
    public long? Limit { get; init; }

    /// <summary>The requests left in the current window (<c>X-RateLimit-Remaining</c>).</summary>
    public long? Remaining { get; init; }

    /// <summary>When the window resets (<c>X-RateLimit-Reset</c>, Unix seconds).</summary>
    public DateTimeOffset? Reset { get; init; }
}
