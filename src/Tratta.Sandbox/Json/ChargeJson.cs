using System.Text.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Json;

/// <summary>Writes the spec's <c>ImmediateCharge</c> or <c>ScheduledCharge</c>, with the docs' field order.</summary>
internal static class ChargeJson
{
    public static void Write(Utf8JsonWriter writer, Charge charge)
    {
        switch (charge)
        {
            case ImmediateCharge immediate:
                WriteImmediate(writer, immediate);
                break;
            case ScheduledCharge scheduled:
                WriteScheduled(writer, scheduled);
                break;
        }
    }

    private static void WriteImmediate(Utf8JsonWriter writer, ImmediateCharge charge)
    {
        writer.WriteStartObject();
        writer.WriteString("id", charge.Id);
        writer.WriteString("reference_number", charge.ReferenceNumber);
        writer.WriteString("payment_method_type", charge.PaymentMethodType);

        if (charge.Card is { } card)
        {
            writer.WriteStartObject("card");
            writer.WriteString("card_holder", card.Holder);
            writer.WriteString("card_number", card.Last4);
            writer.WriteString("card_type", card.Brand);
            writer.WriteString("card_zip", card.PostalCode);
            writer.WriteString("expiration_month", card.ExpirationMonth);
            writer.WriteString("expiration_year", card.ExpirationYear);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("card");
        }

        WritePaymentMethod(writer, charge.PaymentMethod);

        if (charge.BillingAddress is { } address)
        {
            writer.WriteStartObject("billing_address");
            writer.WriteString("name", address.Name);
            writer.WriteString("city", address.City);
            writer.WriteString("postal_code", address.PostalCode);
            writer.WriteString("country", address.Country);
            writer.WriteString("line1", address.Line1);
            writer.WriteString("line2", address.Line2);
            writer.WriteString("state", address.State);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("billing_address");
        }

        // amount is a JSON number, total_amount a string (the docs' example: 1000 and "1000"). No fees are charged.
        writer.WriteNumber("amount", SandboxFormats.Normalize(charge.Amount));
        writer.WriteString("total_amount", SandboxFormats.Decimal(charge.Amount));
        writer.WriteString("payment_date", SandboxFormats.PaymentDate(charge.PaymentDate));
        writer.WriteBoolean("success", true);
        writer.WriteStartArray("fees");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteScheduled(Utf8JsonWriter writer, ScheduledCharge charge)
    {
        writer.WriteStartObject();
        writer.WriteString("id", charge.Id);
        writer.WriteString("payment_method_type", charge.PaymentMethodType);
        WritePaymentMethod(writer, charge.PaymentMethod);
        writer.WriteString("scheduled_at", SandboxFormats.Date(charge.ScheduledAt));
        // The sandbox never runs a scheduled charge.
        writer.WriteNull("successfully_charged_at");
        writer.WriteNumber("amount", SandboxFormats.Normalize(charge.Amount));
        writer.WriteEndObject();
    }

    private static void WritePaymentMethod(Utf8JsonWriter writer, PaymentMethod? method)
    {
        if (method is null)
        {
            writer.WriteNull("payment_method");
            return;
        }

        writer.WritePropertyName("payment_method");
        PaymentMethodJson.Write(writer, method);
    }
}
