using System;
using System.Globalization;
using System.Text.Json;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// A JSON object of a request body read field by field with Laravel's input conventions, each failed rule recorded
/// in <see cref="Errors"/> under the field's dot path. Like Laravel's TrimStrings and ConvertEmptyStringsToNull
/// middleware, strings are trimmed and a blank string counts as absent; so do null and an empty object or array.
/// Every Read method returns null when the field is absent or failed a rule, so the caller never sees a bad value.
/// </summary>
internal sealed class InputObject(JsonElement element, string prefix, ValidationErrors errors)
{
    public ValidationErrors Errors => errors;

    public string PathOf(string key) => prefix + key;

    /// <summary>The key carries a value (not null, not blank, not empty).</summary>
    public bool IsPresent(string key) => element.TryGetProperty(key, out var value) && !IsBlank(value);

    /// <summary>The key is in the body at all, even with null or an empty value.</summary>
    public bool IsSent(string key) => element.TryGetProperty(key, out _);

    /// <summary>The raw value of a present key, for readers of their own (metadata).</summary>
    public bool TryGetRaw(string key, out JsonElement value) =>
        element.TryGetProperty(key, out value) && !IsBlank(value);

    /// <summary>The text <see cref="ReadText"/> would return, without checking or reporting anything.</summary>
    public string? PeekText(string key) =>
        element.TryGetProperty(key, out var value) && !IsBlank(value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static bool IsBlank(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Object => !value.EnumerateObject().MoveNext(),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    public void Fail(string key, Func<string, string> message) => errors.Add(PathOf(key), message(PathOf(key)));

    public void Fail(string key, string message) => errors.Add(PathOf(key), message);

    /// <summary>A string field (Laravel's <c>string</c> rule: a number is not a string).</summary>
    public string? ReadString(string key, bool required = false)
    {
        if (!TryGetValue(key, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(key, Messages.String);
            return null;
        }

        return value.GetString()!.Trim();
    }

    /// <summary>
    /// A field whose rules look at its text (digits, card, routing and account numbers): a string, or a JSON number
    /// taken as written, as Laravel does when it checks digits of a number.
    /// </summary>
    public string? ReadText(string key, bool required = false)
    {
        if (!TryGetValue(key, required, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!.Trim();
            case JsonValueKind.Number:
                return value.GetRawText();
            default:
                Fail(key, Messages.String);
                return null;
        }
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits (Laravel's <c>digits:N</c>); leading zeros kept.</summary>
    public string? ReadDigits(string key, int count, bool required = false)
    {
        var text = ReadText(key, required);
        if (text is null)
        {
            return null;
        }

        if (text.Length != count || !IsAsciiDigits(text))
        {
            Fail(key, path => Messages.Digits(path, count));
            return null;
        }

        return text;
    }

    /// <summary>Laravel's <c>boolean</c>: true, false, 1, 0, "1", "0"; also "true" and "false" for form bodies.</summary>
    public bool? ReadBoolean(string key)
    {
        if (!TryGetValue(key, required: false, out var value))
        {
            return null;
        }

        bool? result = value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.GetRawText() == "1" => true,
            JsonValueKind.Number when value.GetRawText() == "0" => false,
            JsonValueKind.String => value.GetString()!.Trim().ToLowerInvariant() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => null,
            },
            _ => null,
        };

        if (result is null)
        {
            Fail(key, Messages.Boolean);
        }

        return result;
    }

    /// <summary>Laravel's <c>numeric</c>: a JSON number or a string holding one.</summary>
    public decimal? ReadNumber(string key, bool required = false)
    {
        if (!TryGetValue(key, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(
                value.GetString()!.Trim(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out number))
        {
            return number;
        }

        Fail(key, Messages.Numeric);
        return null;
    }

    /// <summary>A date in the docs' format, 1991-12-31 (Y-m-d).</summary>
    public DateOnly? ReadDate(string key, bool required = false)
    {
        var text = ReadString(key, required);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(key, Messages.DateFormat);
            return null;
        }

        return date;
    }

    /// <summary>A nested object (card, ach, address, billing_address), read with its path as the prefix.</summary>
    public InputObject? ReadObject(string key, bool required = false)
    {
        if (!TryGetValue(key, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail(key, Messages.Array);
            return null;
        }

        return new InputObject(value, PathOf(key) + ".", errors);
    }

    public static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private bool TryGetValue(string key, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(key, out value) && !IsBlank(value))
        {
            return true;
        }

        if (required)
        {
            Fail(key, Messages.Required);
        }

        return false;
    }
}
