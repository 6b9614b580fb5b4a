using System;

namespace Tratta.Sandbox.State;

/// <summary>A created charge: <see cref="ImmediateCharge"/> or <see cref="ScheduledCharge"/>.</summary>
/// <param name="PaymentMethodType"><see cref="PaymentMethodTypes.Card"/> or <see cref="PaymentMethodTypes.Ach"/>.</param>
/// <param name="PaymentMethod">The saved payment method charged, if any.</param>
internal abstract record Charge(
    string Id,
    string DebtAccountExternalId,
    decimal Amount,
    string PaymentMethodType,
    PaymentMethod? PaymentMethod);

/// <summary>A charge that ran when it was created (scheduled_at absent or today); it reduced the balance.</summary>
/// <param name="Card">The card sent with the charge (masked); null when paid another way.</param>
internal sealed record ImmediateCharge(
    string Id,
    string DebtAccountExternalId,
    decimal Amount,
    string PaymentMethodType,
    PaymentMethod? PaymentMethod,
    string ReferenceNumber,
    CardDetails? Card,
    BillingAddress? BillingAddress,
    DateOnly PaymentDate)
    : Charge(Id, DebtAccountExternalId, Amount, PaymentMethodType, PaymentMethod);

/// <summary>A charge that will run on <paramref name="ScheduledAt"/>; the sandbox never runs it.</summary>
internal sealed record ScheduledCharge(
    string Id,
    string DebtAccountExternalId,
    decimal Amount,
    string PaymentMethodType,
    PaymentMethod? PaymentMethod,
    DateOnly ScheduledAt)
    : Charge(Id, DebtAccountExternalId, Amount, PaymentMethodType, PaymentMethod);
