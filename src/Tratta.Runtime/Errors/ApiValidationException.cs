using System.Net;

namespace Tratta.Runtime;

/// <summary>
/// A request broke the spec's rules: found by the client before sending (nothing was sent, and
/// <see cref="ApiException.StatusCode"/> is null), or by the server (422, or 400 with field errors).
/// <see cref="Errors"/> holds every error at once.
/// </summary>
public class ApiValidationException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The errors, keyed by field path.</param>
    /// <param name="summary">What was being done.</param>
    /// <param name="statusCode">The status when the server found the errors; null when the client did.</param>
    /// <param name="operation">The method and path template of the call.</param>
    public ApiValidationException(ValidationErrors errors, string summary, HttpStatusCode? statusCode = null, string? operation = null)
        : base(Describe(errors, summary), statusCode, operation)
    {
        Errors = errors;
    }

    /// <summary>Every error, keyed by field path (<c>card.card_number</c>, <c>items.0.price</c>).</summary>
    public ValidationErrors Errors { get; }

    /// <summary>Throws, with every error, when a request about to be sent is invalid.</summary>
    /// <param name="errors">What the request's validator found.</param>
    /// <param name="operation">The method and path template of the call.</param>
    /// <exception cref="ApiValidationException">There is at least one error.</exception>
    public static void ThrowIfInvalid(ValidationErrors errors, string operation)
    {
        System.ArgumentNullException.ThrowIfNull(errors);
        if (!errors.IsValid)
        {
            throw new ApiValidationException(errors, $"{operation} was not sent: the request is invalid.", null, operation);
        }
    }

    // The summary of a server's error already quotes its message; the field errors follow, one per line.
    private static string Describe(ValidationErrors errors, string summary) =>
        errors is null || errors.Count == 0 ? summary : summary + "\n" + errors;
}
