using System.Text.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Json;

/// <summary>
/// Writes the spec's <c>PaymentMethod</c>, masked as the docs show a card: card_number is the last 4 digits. The
/// bank account's routing_number and account_number are masked the same way (last 4 digits); the docs do not say,
/// and a sandbox must never echo bank data back.
/// </summary>
internal static class PaymentMethodJson
{
    public static void Write(Utf8JsonWriter writer, PaymentMethod method)
    {
        writer.WriteStartObject();
        writer.WriteString("id", method.Id);
        writer.WriteString("type", method.Type);

        if (method.Card is { } card)
        {
            writer.WritePropertyName("card_token");
            WriteCardToken(writer, card);
        }
        else
        {
            writer.WriteNull("card_token");
        }

        if (method.BankAccount is { } bankAccount)
        {
            writer.WritePropertyName("bank_account");
            WriteBankAccount(writer, bankAccount);
        }
        else
        {
            writer.WriteNull("bank_account");
        }

        writer.WriteBoolean("is_primary", method.IsPrimary);
        // Payment plans are not part of the API the sandbox serves, so no payment method is ever in one.
        writer.WriteBoolean("has_active_payment_plan", false);
        writer.WriteString("created_at", SandboxFormats.Timestamp(method.CreatedAt));
        writer.WriteString("updated_at", SandboxFormats.Timestamp(method.UpdatedAt));
        writer.WriteEndObject();
    }

    private static void WriteCardToken(Utf8JsonWriter writer, CardDetails card)
    {
        writer.WriteStartObject();
        writer.WriteString("card_holder", card.Holder);
        writer.WriteString("card_number", card.Last4);
        writer.WriteString("expiration_month", card.ExpirationMonth);
        writer.WriteString("expiration_year", card.ExpirationYear);
        writer.WriteString("card_type", card.Brand);
        writer.WriteString("card_zip", card.PostalCode);
        writer.WriteEndObject();
    }

    private static void WriteBankAccount(Utf8JsonWriter writer, BankAccountDetails account)
    {
        writer.WriteStartObject();
        writer.WriteString("account_holder", account.Holder);
        writer.WriteString("account_type", account.AccountType);
        // Not a request field and its values are not documented: unknown, so null.
        writer.WriteNull("ownership_type");
        writer.WriteString("routing_number", account.RoutingNumberLast4);
        writer.WriteString("account_number", account.AccountNumberLast4);
        writer.WriteString("account_zip", account.PostalCode);
        writer.WriteString("account_state", account.State);
        writer.WriteEndObject();
    }
}
