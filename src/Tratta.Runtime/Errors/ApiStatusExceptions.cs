using System.Net;

namespace Tratta.Runtime;

/// <summary>The server answered 401: the credentials are missing, wrong or revoked.</summary>
public class ApiAuthenticationException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiAuthenticationException(string message, HttpStatusCode? statusCode = null, string? operation = null)
        : base(message, statusCode, operation)
    {
    }
}

/// <summary>The server answered 403: the credentials may not do this.</summary>
public class ApiPermissionException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiPermissionException(string message, HttpStatusCode? statusCode = null, string? operation = null)
        : base(message, statusCode, operation)
    {
    }
}

/// <summary>The server answered 404: no such resource (or not one these credentials can see).</summary>
public class ApiNotFoundException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiNotFoundException(string message, HttpStatusCode? statusCode = null, string? operation = null)
        : base(message, statusCode, operation)
    {
    }
}

/// <summary>The server answered 5xx: it failed. Calls that may be repeated were already retried by the resilience handler.</summary>
public class ApiServerException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiServerException(string message, HttpStatusCode? statusCode = null, string? operation = null)
        : base(message, statusCode, operation)
    {
    }
}
