using System.Text;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// "US Phone number": a NANP number — 10 digits whose area code and exchange start with 2-9 — optionally after
/// +1 or 1, with ( ) - . and spaces as separators.
/// </summary>
internal static class UsPhoneNumbers
{
    /// <summary>The 10 digits of a valid number, which is how the sandbox stores and returns it; else null.</summary>
    public static string? Normalize(string text)
    {
        var digits = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                // "+1 ..." only: the plus must be followed by the country code 1, checked below.
                if (text.Length < 2 || text[1] != '1')
                {
                    return null;
                }
            }
            else if (c is not ('(' or ')' or '-' or '.' or ' '))
            {
                return null;
            }
        }

        if (digits.Length == 11 && digits[0] == '1')
        {
            digits.Remove(0, 1);
        }
        else if (text.StartsWith('+'))
        {
            return null;
        }

        if (digits.Length != 10 || digits[0] < '2' || digits[3] < '2')
        {
            return null;
        }

        return digits.ToString();
    }
}
