namespace Tratta.Sandbox.Validation;

/// <summary>How postal_code is checked: the docs document it differently per request.</summary>
internal enum PostalCodeRule
{
    /// <summary>Create Customer's address: optional, a plain string.</summary>
    OptionalString,

    /// <summary>Update Customer's address: a plain string, required only when the address has no id.</summary>
    RequiredWithoutId,

    /// <summary>The address endpoints and a charge's billing address: required, 5 digits.</summary>
    RequiredFiveDigits,
}
