using System.Text.Json;
using Tratta.Sandbox.State;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.Operations;

/// <summary>
/// Create Charge. Without scheduled_at, or with today's date, the charge runs now: it reduces the debt account's
/// balance and returns the immediate shape. With a later date it is only recorded and returns the scheduled shape.
/// When several payment sources are sent, payment_method_id is used first, then card, then ach.
/// </summary>
internal sealed class ChargeOperations(SandboxState state)
{
    public Outcome<Charge> Create(JsonElement body) => state.Transact(store =>
    {
        var today = state.Clock.Today;
        var errors = new ValidationErrors();
        var input = ChargeRequestValidator.Validate(
            new InputObject(body, string.Empty, errors), store, state.MinimumPaymentAmount, today);
        if (input is null)
        {
            return Outcome<Charge>.Invalid(errors);
        }

        var paymentMethodType = input.PaymentMethod?.Type
            ?? (input.Card is not null ? PaymentMethodTypes.Card : PaymentMethodTypes.Ach);

        // The charge itself is not kept: no endpoint reads a charge back. Its effects are: the balance, and the
        // payment method a scheduled charge saves.
        Charge charge;
        if (input.ScheduledAt is not { } scheduledAt || scheduledAt == today)
        {
            var account = input.DebtAccount;
            store.ReplaceDebtAccount(account with { CurrentBalance = account.CurrentBalance - input.Amount });
            charge = new ImmediateCharge(
                Identifiers.NewId(),
                account.ExternalId,
                input.Amount,
                paymentMethodType,
                input.PaymentMethod,
                Identifiers.NewReferenceNumber(),
                input.PaymentMethod is null ? input.Card : null,
                input.BillingAddress,
                today);
        }
        else
        {
            charge = new ScheduledCharge(
                Identifiers.NewId(),
                input.DebtAccount.ExternalId,
                input.Amount,
                paymentMethodType,
                input.PaymentMethod ?? SavePaymentMethodForLater(store, input),
                scheduledAt);
        }

        return Outcome<Charge>.Ok(charge);
    });

    // A scheduled charge runs later, so a card or bank account sent with it is saved (masked) as a payment method
    // of no customer; the docs' scheduled example returns such a payment_method for a charge made with a card.
    private PaymentMethod SavePaymentMethodForLater(SandboxStore store, ChargeInput input)
    {
        var now = state.Clock.Now;
        var method = new PaymentMethod(
            Identifiers.NewId(),
            CustomerId: null,
            input.Card is not null ? PaymentMethodTypes.Card : PaymentMethodTypes.Ach,
            input.Card,
            input.Card is null ? input.BankAccount : null,
            IsPrimary: false,
            CreatedAt: now,
            UpdatedAt: now);
        store.AddPaymentMethod(method);
        return method;
    }
}
