using System;
using System.ComponentModel;

namespace Tratta.Runtime.Http;

/// <summary>Builds request paths from caller-supplied values that must stay inside their path segment.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UriPath
{
    /// <summary>
    /// Escapes a value as one path segment: <c>/</c>, <c>?</c>, <c>#</c>, <c>%</c>, spaces and non-ASCII are
    /// percent-encoded, so that no value can move the request to another path. The values <c>.</c> and <c>..</c> are
    /// refused: URI normalization (System.Uri's included) turns them, even percent-encoded, into "this" or "parent".
    /// </summary>
    public static string Segment(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty: it names a resource in the request path.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"The value '{value}' cannot be sent as a path segment: it would address another resource.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }
}
