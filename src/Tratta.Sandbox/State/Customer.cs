using System;
using System.Collections.Generic;

namespace Tratta.Sandbox.State;

/// <summary>
/// A customer as stored. Immutable: an update stores a new record, so a record handed out of the store can be
/// written to a response after the lock is released without racing a concurrent update.
/// </summary>
/// <param name="Id">The Tratta id (a UUID the sandbox assigns).</param>
/// <param name="SsnLast4">The ssn_last4 sent; returned as <c>ssn</c>.</param>
/// <param name="Metadata">Key/value pairs in the order they were first set.</param>
internal sealed record Customer(
    string Id,
    string? ExternalId,
    string Name,
    string? Email,
    string? Phone,
    DateOnly? DateOfBirth,
    string? SsnLast4,
    IReadOnlyList<KeyValuePair<string, string>> Metadata);
