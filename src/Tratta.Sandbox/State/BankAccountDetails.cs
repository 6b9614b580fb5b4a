namespace Tratta.Sandbox.State;

/// <summary>
/// What the sandbox keeps of a bank account (ACH): the routing and account numbers only as their last 4 digits,
/// which is also how they are returned.
/// </summary>
internal sealed record BankAccountDetails(
    string Holder,
    string AccountType,
    string RoutingNumberLast4,
    string AccountNumberLast4,
    string PostalCode,
    string State);
