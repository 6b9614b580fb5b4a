using System;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// A valid Create or Update Customer body. For an update, null means "not sent, leave as it is"; for a create,
/// <see cref="Name"/> is always set.
/// </summary>
/// <param name="Phone">The 10 digits of the US phone number.</param>
internal sealed record CustomerInput(
    string? Name,
    string? Email,
    string? ExternalId,
    string? Phone,
    DateOnly? DateOfBirth,
    string? SsnLast4,
    AddressInput? Address,
    MetadataChanges Metadata);
