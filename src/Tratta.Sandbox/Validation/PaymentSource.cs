using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Validation;

/// <summary>A valid Create Customer Payment Method body: a card or a bank account, exactly one of them set.</summary>
internal sealed record PaymentSource(CardDetails? Card, BankAccountDetails? BankAccount);
