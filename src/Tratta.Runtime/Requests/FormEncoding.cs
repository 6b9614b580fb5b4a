namespace Tratta.Runtime.Requests;

/// <summary>How one property of a form or multipart body is sent: an entry of the spec's <c>encoding</c>.</summary>
/// <param name="Style">Its style; null for the default (repeated keys for lists, brackets for nested objects).</param>
/// <param name="Explode">Whether each item or property is a field of its own.</param>
/// <param name="ContentType">The value's media type; with a JSON type the value is sent as JSON text.</param>
public sealed record FormEncoding(ParameterStyle? Style = null, bool Explode = true, string? ContentType = null)
{
    internal bool IsJson => ContentType is { } type && (type.Contains("/json", System.StringComparison.OrdinalIgnoreCase) || type.Contains("+json", System.StringComparison.OrdinalIgnoreCase));
}
