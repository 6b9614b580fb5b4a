using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace Tratta.Runtime.Validation;

/// <summary>
/// The wording of each rule for specs of plain JSON Schema semantics (every spec but those that choose
/// <c>x-tratta-dialect: laravel</c>). A field is named by its path, <c>items.0.price</c>; a message names the rule's
/// limit, never the value that broke it. Every method takes the field path and returns the message.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonSchemaMessages
{
    /// <summary>The message of the <c>required</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Required(string field) => $"{field} is required.";

    /// <summary>The message of the <c>x-tratta-required-without</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredWithout(string field, string[] others) => $"{field} is required when {string.Join(", ", others)} {(others.Length == 1 ? "is" : "are")} not given.";

    /// <summary>The message of the <c>x-tratta-required-with</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredWith(string field, string[] others) => $"{field} is required when {string.Join(" or ", others)} is given.";

    /// <summary>The message of the <c>x-tratta-required-if</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string RequiredIf(string field, string other, string value) => $"{field} is required when {other} is {value}.";

    /// <summary>The message of the <c>minLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MinLength(string field, int min) => $"{field} must be at least {min} characters long.";

    /// <summary>The message of the <c>maxLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MaxLength(string field, int max) => $"{field} must be at most {max} characters long.";

    /// <summary>The message of a map's <c>propertyNames.maxLength</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string KeyMaxLength(string field, int max) => $"The key of {field} must be at most {max} characters long.";

    /// <summary>The message of a <c>pattern</c> of digits only.</summary>
    /// <returns>The message.</returns>
    public static string Digits(string field, int count) => $"{field} must be {count} digits.";

    /// <summary>The message of the <c>pattern</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Format(string field) => $"{field} does not match the pattern the spec gives.";

    /// <summary>The message of <c>minimum</c> and <c>maximum</c> together.</summary>
    /// <returns>The message.</returns>
    public static string Between(string field, decimal min, decimal max) => $"{field} must be between {Number(min)} and {Number(max)}.";

    /// <summary>The message of the <c>minimum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Minimum(string field, decimal min) => $"{field} must be at least {Number(min)}.";

    /// <summary>The message of the <c>maximum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string Maximum(string field, decimal max) => $"{field} must be at most {Number(max)}.";

    /// <summary>The message of the <c>exclusiveMinimum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string GreaterThan(string field, decimal min) => $"{field} must be greater than {Number(min)}.";

    /// <summary>The message of the <c>exclusiveMaximum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string LessThan(string field, decimal max) => $"{field} must be less than {Number(max)}.";

    /// <summary>The message of <c>format: email</c>.</summary>
    /// <returns>The message.</returns>
    public static string Email(string field) => $"{field} must be an email address.";

    /// <summary>The message of <c>x-tratta-rule: card-number</c>.</summary>
    /// <returns>The message.</returns>
    public static string CardNumber(string field) => $"{field} must be a valid card number.";

    /// <summary>The message of <c>x-tratta-rule: routing-number</c>.</summary>
    /// <returns>The message.</returns>
    public static string RoutingNumber(string field) => $"{field} must be a valid routing number.";

    /// <summary>The message of <c>x-tratta-rule: us-phone</c>.</summary>
    /// <returns>The message.</returns>
    public static string UsPhone(string field) => $"{field} must be a valid US phone number.";

    /// <summary>The message of <c>x-tratta-after-or-equal: today</c>.</summary>
    /// <returns>The message.</returns>
    public static string AfterOrEqualToday(string field) => $"{field} must be today or later.";

    /// <summary>The message of the <c>enum</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string In(string field) => $"{field} must be one of the values the spec lists.";

    /// <summary>The message of the <c>minItems</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MinItems(string field, int min) => $"{field} must have at least {min} items.";

    /// <summary>The message of the <c>maxItems</c> rule.</summary>
    /// <returns>The message.</returns>
    public static string MaxItems(string field, int max) => $"{field} must have at most {max} items.";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
