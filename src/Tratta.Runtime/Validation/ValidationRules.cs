using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace Tratta.Runtime.Validation;

/// <summary>The checks behind the spec's rules; generated validators call them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationRules
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly Regex UsPhoneLayout = new(
        @"^(?:\+?1[ .-]?)?(?:\(([2-9][0-9]{2})\)|([2-9][0-9]{2}))[ .-]?[2-9][0-9]{2}[ .-]?[0-9]{4}\z",
        RegexOptions.CultureInvariant,
        RegexTimeout);

    /// <summary>Laravel's "present and not empty": not null, and for strings not empty or white space.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it counts as given.</returns>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        _ => true,
    };

    /// <summary>JSON Schema's "present": not null (an empty text is a value).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it counts as given.</returns>
    public static bool IsGiven(object? value) => value is not null;

    /// <summary>
    /// A card number: 12 to 19 digits with a valid Luhn check digit, not all zeros. Single spaces or dashes may sit
    /// between digits (<c>4242 4242 4242 4242</c>), not at either end.
    /// </summary>
    /// <param name="value">The value, trimmed.</param>
    /// <returns>Whether it passes.</returns>
    public static bool IsCardNumber(string value)
    {
        var sum = 0;
        var digits = 0;
        var nonZero = false;
        var previousWasSeparator = true;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = value[i];
            if (c is ' ' or '-')
            {
                if (previousWasSeparator)
                {
                    return false;
                }

                previousWasSeparator = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }

            previousWasSeparator = false;
            var digit = c - '0';
            nonZero |= digit != 0;
            if (digits % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            digits++;
        }

        return !previousWasSeparator && nonZero && digits is >= 12 and <= 19 && sum % 10 == 0;
    }

    /// <summary>
    /// An ABA routing number: nine digits whose weighted sum (3, 7, 1, repeated) is a multiple of ten, and whose first
    /// two digits are a Federal Reserve prefix the ABA assigns (00–12, 21–32, 61–72, 80); not all zeros.
    /// </summary>
    /// <param name="value">The value, trimmed.</param>
    /// <returns>Whether it passes.</returns>
    public static bool IsRoutingNumber(string value)
    {
        if (!IsDigits(value, 9) || value == "000000000")
        {
            return false;
        }

        var prefix = (value[0] - '0') * 10 + (value[1] - '0');
        if (prefix is not ((>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (value[i] - '0') * (i % 3) switch { 0 => 3, 1 => 7, _ => 1 };
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// A US (NANP) phone number: an area code (in parentheses or not), an exchange and four digits, optionally after
    /// <c>+1</c> or <c>1</c>, each part separated by at most one space, dot or dash: <c>2125550123</c>,
    /// <c>(212) 555-0123</c>, <c>+1 212.555.0123</c>. Neither the area code nor the exchange starts with 0 or 1, and
    /// the area code is not a service code such as 911.
    /// </summary>
    /// <param name="value">The value, trimmed.</param>
    /// <returns>Whether it passes.</returns>
    public static bool IsUsPhone(string value)
    {
        var match = Match(value, UsPhoneLayout);
        if (match is null)
        {
            return false;
        }

        var area = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return !(area[1] == '1' && area[2] == '1');
    }

    /// <summary>
    /// An email address: a local part and a domain around one <c>@</c>. The local part is dot-separated words of
    /// letters, digits and <c>!#$%&amp;'*+/=?^_`{|}~-</c>; the domain is dot-separated labels of letters, digits and
    /// hyphens, none starting or ending with a hyphen (a domain without a dot, such as <c>localhost</c>, is allowed,
    /// as Laravel's <c>email</c> rule allows it). Non-ASCII letters are allowed in both parts; quoted local parts and
    /// address literals (<c>[127.0.0.1]</c>) are not.
    /// </summary>
    /// <param name="value">The value, trimmed.</param>
    /// <returns>Whether it passes.</returns>
    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at > 64 || value.Length - at - 1 > 255)
        {
            return false;
        }

        return AreWords(value.Substring(0, at), IsLocalPartCharacter, allowHyphenAtEnds: true)
            && AreWords(value.Substring(at + 1), IsDomainCharacter, allowHyphenAtEnds: false);
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits (Laravel's <c>digits</c>): leading zeros count.</summary>
    /// <param name="value">The value.</param>
    /// <param name="count">The number of digits.</param>
    /// <returns>Whether it passes.</returns>
    public static bool IsDigits(string value, int count)
    {
        if (value.Length != count)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The length of a text in characters as Laravel's <c>min</c>/<c>max</c> count them (code points): an emoji made
    /// of two UTF-16 units counts once.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>Its length in code points.</returns>
    public static int TextLength(string value)
    {
        var length = value.Length;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value[i - 1], value[i]))
            {
                length--;
            }
        }

        return length;
    }

    /// <summary>Whether a value matches a spec pattern; a match that takes too long counts as none.</summary>
    /// <param name="value">The value.</param>
    /// <param name="pattern">The compiled pattern.</param>
    /// <returns>Whether it matches.</returns>
    public static bool Matches(string value, Regex pattern) => Match(value, pattern) is not null;

    /// <summary>A spec pattern, compiled once per property (rewritten by the generator to ECMA-262 meaning: ASCII \d, $ at the very end; culture-invariant, bounded time).</summary>
    /// <param name="pattern">The pattern as the generator rewrote it.</param>
    /// <returns>The compiled pattern.</returns>
    public static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, RegexTimeout);

    /// <summary>
    /// Whether a date is today or later. "Today" is the date in the earliest time zone (UTC−12): the client refuses
    /// only a date that has passed everywhere, so it never refuses a date the server, in whatever zone it runs,
    /// would accept. Near midnight the server may still answer 422 for yesterday's date in its own zone.
    /// </summary>
    /// <param name="value">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>Whether it is today or later.</returns>
    public static bool IsOnOrAfterToday(DateOnly value, TimeProvider clock) =>
        value >= Today(clock);

    /// <summary>Whether the date of a date-time is today or later (see the DateOnly overload).</summary>
    /// <param name="value">The date and time.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>Whether it is today or later.</returns>
    public static bool IsOnOrAfterToday(DateTimeOffset value, TimeProvider clock) =>
        DateOnly.FromDateTime(value.UtcDateTime) >= Today(clock);

    /// <summary>Whether the date of a date-time without offset is today or later (see the DateOnly overload).</summary>
    /// <param name="value">The date and time.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>Whether it is today or later.</returns>
    public static bool IsOnOrAfterToday(DateTime value, TimeProvider clock) =>
        DateOnly.FromDateTime(value) >= Today(clock);

    private static Match? Match(string value, Regex pattern)
    {
        try
        {
            var match = pattern.Match(value);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool AreWords(string text, Func<char, bool> isWordCharacter, bool allowHyphenAtEnds)
    {
        foreach (var word in text.Split('.'))
        {
            if (word.Length == 0 || (!allowHyphenAtEnds && (word[0] == '-' || word[word.Length - 1] == '-')))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!isWordCharacter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsLocalPartCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') || "!#$%&'*+/=?^_`{|}~-".IndexOf(c) >= 0 || (c > '\u007f' && char.IsLetterOrDigit(c));

    private static bool IsDomainCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' || (c > '\u007f' && char.IsLetterOrDigit(c));

    private static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(-12));
}
