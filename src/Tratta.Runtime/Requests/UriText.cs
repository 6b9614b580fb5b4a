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

    /// <summary>
    /// application/x-www-form-urlencoded as browsers and <c>FormUrlEncodedContent</c> write it (WHATWG URL): letters,
    /// digits and <c>*-._</c> as they are, a space as <c>+</c>, every other byte of the UTF-8 percent-encoded.
    /// </summary>
    public static string FormEscape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '*' or '-' or '.' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
