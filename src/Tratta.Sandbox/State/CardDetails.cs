namespace Tratta.Sandbox.State;

/// <summary>
/// What the sandbox keeps of a card: never the full number or the security code, only what the API returns
/// (the last 4 digits and the brand derived from the number when it was received).
/// </summary>
/// <param name="Brand">Visa, Mastercard, American Express or Discover; null for a number of another brand.</param>
internal sealed record CardDetails(
    string Holder,
    string Last4,
    string? Brand,
    string ExpirationMonth,
    string ExpirationYear,
    string? PostalCode);
