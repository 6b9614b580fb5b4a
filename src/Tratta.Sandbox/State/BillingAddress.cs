namespace Tratta.Sandbox.State;

/// <summary>The billing address of a charge: sent with it, or copied from the address billing_address_id names.</summary>
internal sealed record BillingAddress(
    string? Name,
    string? City,
    string? PostalCode,
    string? Country,
    string? Line1,
    string? Line2,
    string? State)
{
    public static BillingAddress From(Address address) =>
        new(address.Name, address.City, address.PostalCode, address.Country, address.Line1, address.Line2, address.State);
}
