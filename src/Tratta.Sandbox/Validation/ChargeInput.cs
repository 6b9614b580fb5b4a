using System;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// A valid Create Charge body, with the stored things it names already looked up. email and send_email are checked
/// but not kept: the sandbox sends no email.
/// </summary>
/// <param name="ScheduledAt">Null when not sent (an immediate charge).</param>
/// <param name="PaymentMethod">The saved payment method payment_method_id names, if sent.</param>
/// <param name="BillingAddress">From billing_address, or else from the address billing_address_id names.</param>
internal sealed record ChargeInput(
    decimal Amount,
    DateOnly? ScheduledAt,
    SandboxDebtAccount DebtAccount,
    PaymentMethod? PaymentMethod,
    CardDetails? Card,
    BankAccountDetails? BankAccount,
    BillingAddress? BillingAddress);
