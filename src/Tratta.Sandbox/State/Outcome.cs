using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.State;

/// <summary>How an operation ended: which of the API's answers the endpoint writes.</summary>
internal enum OutcomeKind
{
    Ok,
    NotFound,
    Invalid,
}

/// <summary>The result of an operation on the state: a value, "not found" (404) or validation errors (422).</summary>
internal readonly record struct Outcome<T>(OutcomeKind Kind, T? Value, ValidationErrors? Errors)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors);
}
