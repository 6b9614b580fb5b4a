using System;
using System.Globalization;
using System.Text;

namespace Tratta.Sandbox.Validation;

/// <summary>"valid card number": 12 to 19 digits (spaces or dashes between groups allowed) passing the Luhn check.</summary>
internal static class CardNumbers
{
    /// <summary>The digits of a valid card number, or null. The caller keeps only the last 4 and the brand.</summary>
    public static string? Normalize(string text)
    {
        var digits = new StringBuilder(text.Length);
        var previousWasSeparator = true; // no separator first
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                previousWasSeparator = false;
            }
            else if ((c == ' ' || c == '-') && !previousWasSeparator)
            {
                previousWasSeparator = true;
            }
            else
            {
                return null;
            }
        }

        if (previousWasSeparator || digits.Length is < 12 or > 19)
        {
            return null;
        }

        var number = digits.ToString();
        return PassesLuhn(number) ? number : null;
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The brand by the number's prefix (IIN ranges); null for a brand the sandbox does not name.</summary>
    public static string? Brand(string digits)
    {
        var two = int.Parse(digits.AsSpan(0, 2), provider: CultureInfo.InvariantCulture);
        var three = int.Parse(digits.AsSpan(0, 3), provider: CultureInfo.InvariantCulture);
        var four = int.Parse(digits.AsSpan(0, 4), provider: CultureInfo.InvariantCulture);

        if (digits[0] == '4')
        {
            return "Visa";
        }

        if (two is >= 51 and <= 55 || four is >= 2221 and <= 2720)
        {
            return "Mastercard";
        }

        if (two is 34 or 37)
        {
            return "American Express";
        }

        if (four == 6011 || two == 65 || three is >= 644 and <= 649)
        {
            return "Discover";
        }

        return null;
    }

    public static string Last4(string digits) => digits[^4..];
}
