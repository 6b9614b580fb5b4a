using System.Collections.Generic;
using System.Linq;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// Laravel's English validation messages. The attribute is the field path with underscores as spaces, as Laravel
/// shows it ("card.card_number" → "card.card number"). Messages never contain the value: card and bank data sent in
/// a request must not come back in an error.
/// </summary>
internal static class Messages
{
    public static string Attribute(string path) => path.Replace('_', ' ');

    public static string Required(string path) => $"The {Attribute(path)} field is required.";

    public static string RequiredWithout(string path, string other) =>
        $"The {Attribute(path)} field is required when {Attribute(other)} is not present.";

    public static string RequiredWithoutAll(string path, IEnumerable<string> others) =>
        $"The {Attribute(path)} field is required when none of {string.Join(" / ", others.Select(Attribute))} are present.";

    public static string Prohibits(string path, string other) =>
        $"The {Attribute(path)} field prohibits {Attribute(other)} from being present.";

    public static string String(string path) => $"The {Attribute(path)} field must be a string.";

    // Laravel calls a JSON object an array.
    public static string Array(string path) => $"The {Attribute(path)} field must be an array.";

    public static string Boolean(string path) => $"The {Attribute(path)} field must be true or false.";

    public static string Numeric(string path) => $"The {Attribute(path)} field must be a number.";

    public static string Integer(string path) => $"The {Attribute(path)} field must be an integer.";

    public static string Email(string path) => $"The {Attribute(path)} field must be a valid email address.";

    public static string DateFormat(string path) => $"The {Attribute(path)} field must match the format Y-m-d.";

    public static string AfterOrEqualToday(string path) =>
        $"The {Attribute(path)} field must be a date after or equal to today.";

    public static string Digits(string path, int count) => $"The {Attribute(path)} field must be {count} digits.";

    public static string Between(string path, int min, int max) =>
        $"The {Attribute(path)} field must be between {min} and {max}.";

    public static string MinCharacters(string path, int min) =>
        $"The {Attribute(path)} field must be at least {min} characters.";

    public static string MaxCharacters(string path, int max) =>
        $"The {Attribute(path)} field must not be greater than {max} characters.";

    public static string MaxKeyCharacters(string path, int max) =>
        $"The {Attribute(path)} key must not be greater than {max} characters.";

    public static string GreaterThan(string path, string value) =>
        $"The {Attribute(path)} field must be greater than {value}.";

    public static string LessThan(string path, string value) => $"The {Attribute(path)} field must be less than {value}.";

    // "in" and "exists" share Laravel's wording.
    public static string Invalid(string path) => $"The selected {Attribute(path)} is invalid.";

    public static string Taken(string path) => $"The {Attribute(path)} has already been taken.";

    public static string Inactive(string path) => $"The selected {Attribute(path)} is not active.";

    public static string CardNumber(string path) => $"The {Attribute(path)} field must be a valid card number.";

    public static string RoutingNumber(string path) => $"The {Attribute(path)} field must be a valid routing number.";

    public static string UsPhone(string path) => $"The {Attribute(path)} field must be a valid US phone number.";
}
