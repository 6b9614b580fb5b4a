using System;
using System.ComponentModel;

namespace Tratta.Runtime;

/// <summary>The checks generated options classes run on server variables and credentials.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OptionRules
{
    /// <summary>Whether a value is a UUID in its usual form, <c>3f2504e0-4f89-41d3-9a0c-0305e82c3301</c>.</summary>
    /// <param name="value">The value, trimmed by the caller.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsUuid(string value) => Guid.TryParseExact(value, "D", out _);

    /// <summary>
    /// Whether a value can go into a server URL as one part of it: not empty, and none of <c>/ ? # @ :</c>, white space
    /// or control characters, which would move the request to another host or path.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsUrlPart(string value) =>
        value.Length > 0 && value.AsSpan().IndexOfAny("/?#@: \t\r\n\\%") < 0 && !value.AsSpan().ContainsAnyInRange('\u0000', '\u001f');

    /// <summary>
    /// Whether a token or key is printable ASCII without spaces: a header value with a line break could add a header
    /// of its own, and white space or a non-ASCII character is a copy-and-paste slip.
    /// </summary>
    /// <param name="value">The token or key.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsToken(string value) => !value.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Whether a user name or password has no control characters (which could break the header).</summary>
    /// <param name="value">The user name or password.</param>
    /// <returns>Whether it has none.</returns>
    public static bool IsPrintable(string value) => !value.AsSpan().ContainsAnyInRange('\u0000', '\u001f') && value.IndexOf('\u007f') < 0;

    /// <summary>
    /// Whether an API key can go into a header as it is: printable ASCII, spaces allowed inside (<c>Bot abc…</c>,
    /// <c>SSWS abc…</c>) but not at either end, and no line break that could add a header of its own.
    /// </summary>
    /// <param name="value">The key.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsHeaderValue(string value) =>
        !value.AsSpan().ContainsAnyExceptInRange(' ', '~') && value[0] != ' ' && value[value.Length - 1] != ' ';
}
