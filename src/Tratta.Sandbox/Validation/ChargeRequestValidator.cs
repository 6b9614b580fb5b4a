using System;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// The rules of Create Charge: the documented field rules and the server-only ones (the debt account exists and is
/// active, the amount is above the minimum and below the balance, payment_method_id and billing_address_id exist).
/// They run in one pass in the docs' field order, so a 422 reports every error at once and the first one leads
/// the summary. Runs inside the state's transaction: the balance it checks is the one the charge then reduces.
/// </summary>
internal static class ChargeRequestValidator
{
    private static readonly string[] PaymentSources = ["payment_method_id", "card", "ach"];

    public static ChargeInput? Validate(InputObject body, SandboxStore store, decimal minimumPaymentAmount, DateOnly today)
    {
        // Looked up first, without reporting: the amount rules (listed before it) need its balance.
        var debtAccount = body.PeekText("debt_account_external_id") is { } externalId
            ? store.FindDebtAccount(externalId)
            : null;

        var amount = ReadAmount(body, debtAccount, minimumPaymentAmount);

        var scheduledAt = body.ReadDate("scheduled_at");
        if (scheduledAt < today)
        {
            body.Fail("scheduled_at", Messages.AfterOrEqualToday);
        }

        if (body.ReadText("debt_account_external_id", required: true) is not null)
        {
            if (debtAccount is null)
            {
                body.Fail("debt_account_external_id", Messages.Invalid);
            }
            else if (!debtAccount.IsActive)
            {
                body.Fail("debt_account_external_id", Messages.Inactive);
            }
        }

        var email = body.ReadString("email");
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            body.Fail("email", Messages.Email);
        }

        body.ReadBoolean("send_email");

        var (paymentMethod, card, bankAccount) = ReadPaymentSource(body, store);
        var billingAddress = ReadBillingAddress(body, store);

        if (body.Errors.HasErrors)
        {
            return null;
        }

        return new ChargeInput(
            amount!.Value, scheduledAt, debtAccount!, paymentMethod, card, bankAccount, billingAddress);
    }

    // "required|numeric", then the organization's rule: greater than min_payment_amount, lower than current_balance.
    private static decimal? ReadAmount(InputObject body, SandboxDebtAccount? debtAccount, decimal minimumPaymentAmount)
    {
        if (body.ReadNumber("amount", required: true) is not { } amount)
        {
            return null;
        }

        if (amount <= minimumPaymentAmount)
        {
            body.Fail("amount", path => Messages.GreaterThan(path, FormatAmount(minimumPaymentAmount)));
            return null;
        }

        if (debtAccount is not null && amount >= debtAccount.CurrentBalance)
        {
            body.Fail("amount", path => Messages.LessThan(path, FormatAmount(debtAccount.CurrentBalance)));
            return null;
        }

        return amount;
    }

    // "required without payment_method_id/ach" etc., read as required_without_all: at least one source.
    private static (PaymentMethod?, CardDetails?, BankAccountDetails?) ReadPaymentSource(InputObject body, SandboxStore store)
    {
        if (!Array.Exists(PaymentSources, body.IsPresent))
        {
            foreach (var source in PaymentSources)
            {
                body.Fail(source, path => Messages.RequiredWithoutAll(path, Array.FindAll(PaymentSources, other => other != source)));
            }

            return (null, null, null);
        }

        PaymentMethod? paymentMethod = null;
        if (body.ReadString("payment_method_id") is { } paymentMethodId)
        {
            paymentMethod = store.FindPaymentMethod(paymentMethodId);
            if (paymentMethod is null)
            {
                body.Fail("payment_method_id", Messages.Invalid);
            }
        }

        var card = body.ReadObject("card") is { } sentCard ? PaymentSourceReader.ReadCard(sentCard) : null;
        var bankAccount = body.ReadObject("ach") is { } sentAch ? PaymentSourceReader.ReadAch(sentAch) : null;
        return (paymentMethod, card, bankAccount);
    }

    private static BillingAddress? ReadBillingAddress(InputObject body, SandboxStore store)
    {
        Address? named = null;
        if (body.ReadString("billing_address_id") is { } billingAddressId)
        {
            named = store.FindAddress(billingAddressId);
            if (named is null)
            {
                body.Fail("billing_address_id", Messages.Invalid);
            }
        }

        if (body.ReadObject("billing_address") is { } sent)
        {
            var input = AddressInputReader.Read(sent, PostalCodeRule.RequiredFiveDigits);
            return new BillingAddress(input.Name, input.City, input.PostalCode, input.Country, input.Line1, input.Line2, input.State);
        }

        return named is null ? null : BillingAddress.From(named);
    }

    private static string FormatAmount(decimal amount) => Json.SandboxFormats.Decimal(amount);
}
