using System;
using System.Text;

namespace Tratta.Runtime.Requests;

/// <summary>Percent-encoding for the pieces of a URL and of a form body.</summary>
internal static class UriText
{
    // RFC 3986's reserved characters, which 'allowReserved' lets through unencoded.
    private const string Reserved = ":/?#[]@!$&'()*+,;=";

    /// <summary>Every character but the unreserved ones (letters, digits, <c>-._~</c>) percent-encoded.</summary>
    public static string Escape(string text, bool allowReserved = false)
    {
        if (!allowReserved)
        {
            return Uri.EscapeDataString(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var piece = rune.ToString();
            builder.Append(rune.IsAscii && Reserved.IndexOf((char)rune.Value) >= 0 ? piece : Uri.EscapeDataString(piece));
        }

        return builder.ToString();
    }
}
