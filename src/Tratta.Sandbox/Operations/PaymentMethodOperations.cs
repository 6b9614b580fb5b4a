using System.Text.Json;
using Tratta.Sandbox.State;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.Operations;

/// <summary>Create Customer Payment Method: saves a masked card or bank account for the customer.</summary>
internal sealed class PaymentMethodOperations(SandboxState state)
{
    public Outcome<PaymentMethod> Create(string idOrExternalId, JsonElement body) => state.Transact(store =>
    {
        if (store.FindCustomer(idOrExternalId) is not { } entry)
        {
            return Outcome<PaymentMethod>.NotFound();
        }

        var errors = new ValidationErrors();
        var source = PaymentMethodRequestValidator.Validate(new InputObject(body, string.Empty, errors));
        if (source is null)
        {
            return Outcome<PaymentMethod>.Invalid(errors);
        }

        var customerId = entry.Customer.Id;
        var now = state.Clock.Now;
        var method = new PaymentMethod(
            Identifiers.NewId(),
            customerId,
            source.Card is not null ? PaymentMethodTypes.Card : PaymentMethodTypes.Ach,
            source.Card,
            source.BankAccount,
            // The customer's first payment method is its primary one, as its first address is.
            IsPrimary: !store.HasPaymentMethods(customerId),
            CreatedAt: now,
            UpdatedAt: now);
        store.AddPaymentMethod(method);
        return Outcome<PaymentMethod>.Ok(method);
    });
}
