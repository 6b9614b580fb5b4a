namespace Tratta.Sandbox.State;

/// <summary>An address of a customer as stored (immutable, see <see cref="Customer"/>).</summary>
internal sealed record Address(
    string Id,
    string? Name,
    string? Line1,
    string? Line2,
    string? City,
    string? PostalCode,
    string? State,
    string? Country,
    bool IsPrimary);
