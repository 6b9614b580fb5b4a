namespace Tratta.Sandbox.Validation;

/// <summary>The address fields of a request; null means "not sent" (an update leaves that field as it is).</summary>
/// <param name="Id">Only with Update Customer's address: the existing address to update.</param>
internal sealed record AddressInput(
    string? Id,
    string? Name,
    string? Line1,
    string? Line2,
    string? City,
    string? PostalCode,
    string? State,
    string? Country,
    bool? IsPrimary);
