using System;

namespace Tratta.Sandbox.State;

/// <summary>A saved payment method: a card or a bank account, never both.</summary>
/// <param name="CustomerId">
/// The owning customer; null for the payment method a scheduled charge saves for itself (the docs' scheduled charge
/// returns a payment_method even when a card was sent, because it has to be charged later).
/// </param>
/// <param name="Type"><see cref="PaymentMethodTypes.Card"/> or <see cref="PaymentMethodTypes.Ach"/>.</param>
internal sealed record PaymentMethod(
    string Id,
    string? CustomerId,
    string Type,
    CardDetails? Card,
    BankAccountDetails? BankAccount,
    bool IsPrimary,
    DateTime CreatedAt,
    DateTime UpdatedAt);
