using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace Tratta.Runtime.Validation;

/// <summary>
/// Laravel's wording of each rule, for specs that choose the Laravel dialect (<c>x-tratta-dialect: laravel</c>). A field
/// is named by its path with underscores read as spaces. Every method takes the field path and returns the message.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaravelMessages
{
    /// <summary>The message of the <c>Required</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Required(string field) => $"The {Name(field)} field is required.";

    /// <summary>The message of the <c>RequiredWithout</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredWithout(string field, string[] others) => others.Length == 1
        ? $"The {Name(field)} field is required when {Name(others[0])} is not present."
        : $"The {Name(field)} field is required when none of {string.Join(" / ", Enumerable.Select(others, Name))} are present.";

    /// <summary>The message of the <c>RequiredWith</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredWith(string field, string[] others) =>
        $"The {Name(field)} field is required when {string.Join(" / ", Enumerable.Select(others, Name))} is present.";

    /// <summary>The message of the <c>RequiredIf</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredIf(string field, string other, string value) =>
        $"The {Name(field)} field is required when {Name(other)} is {value}.";

    /// <summary>The message of the <c>MinLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MinLength(string field, int min) => $"The {Name(field)} field must be at least {min} characters.";

    /// <summary>The message of the <c>MaxLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MaxLength(string field, int max) => $"The {Name(field)} field must not be greater than {max} characters.";

    /// <summary>The message of the <c>KeyMaxLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string KeyMaxLength(string field, int max) => $"The {Name(field)} key must not be greater than {max} characters.";

    /// <summary>The message of the <c>Digits</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Digits(string field, int count) => $"The {Name(field)} field must be {count} digits.";

    /// <summary>The message of the <c>Format</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Format(string field) => $"The {Name(field)} field format is invalid.";

    /// <summary>The message of the <c>Between</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Between(string field, decimal min, decimal max) => $"The {Name(field)} field must be between {Number(min)} and {Number(max)}.";

    /// <summary>The message of the <c>Minimum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Minimum(string field, decimal min) => $"The {Name(field)} field must be at least {Number(min)}.";

    /// <summary>The message of the <c>Maximum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Maximum(string field, decimal max) => $"The {Name(field)} field must not be greater than {Number(max)}.";

    /// <summary>The message of the <c>GreaterThan</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string GreaterThan(string field, decimal min) => $"The {Name(field)} field must be greater than {Number(min)}.";

    /// <summary>The message of the <c>LessThan</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string LessThan(string field, decimal max) => $"The {Name(field)} field must be less than {Number(max)}.";

    /// <summary>The message of the <c>Email</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Email(string field) => $"The {Name(field)} field must be a valid email address.";

    /// <summary>The message of the <c>CardNumber</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string CardNumber(string field) => $"The {Name(field)} field must be a valid card number.";

    /// <summary>The message of the <c>RoutingNumber</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RoutingNumber(string field) => $"The {Name(field)} field must be a valid routing number.";

    /// <summary>The message of the <c>UsPhone</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string UsPhone(string field) => $"The {Name(field)} field must be a valid US phone number.";

    /// <summary>The message of the <c>AfterOrEqualToday</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string AfterOrEqualToday(string field) => $"The {Name(field)} field must be a date after or equal to today.";

    /// <summary>The message of the <c>In</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string In(string field) => $"The selected {Name(field)} is invalid.";

    /// <summary>The message of the <c>minItems</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MinItems(string field, int min) => $"The {Name(field)} field must have at least {min} items.";

    /// <summary>The message of the <c>maxItems</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MaxItems(string field, int max) => $"The {Name(field)} field must not have more than {max} items.";

    private static string Name(string field) => field.Replace('_', ' ');

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
