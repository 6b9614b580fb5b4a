using System;
using System.Text.Json.Serialization;

namespace Tratta.Benchmarks.Json.HandWritten;

// The Create Charge body as a developer would write it by hand for System.Text.Json: plain properties named after
// the spec's fields, null for "not sent" (the serializer options leave nulls out), no validation. Settable
// properties: see HandWrittenJsonContext for why not init or required.

/// <summary>The body of Create Charge.</summary>
public sealed class CreateChargeRequest
{
    [JsonPropertyName("amount")]
    public decimal Amount { get; set; }

    [JsonPropertyName("scheduled_at")]
    public DateOnly? ScheduledAt { get; set; }

    [JsonPropertyName("debt_account_external_id")]
    public string DebtAccountExternalId { get; set; } = "";

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("send_email")]
    public bool? SendEmail { get; set; }

    [JsonPropertyName("payment_method_id")]
    public string? PaymentMethodId { get; set; }

    [JsonPropertyName("card")]
    public CardDetails? Card { get; set; }

    [JsonPropertyName("billing_address_id")]
    public string? BillingAddressId { get; set; }

    [JsonPropertyName("billing_address")]
    public BillingAddress? BillingAddress { get; set; }
}

/// <summary>The card a charge is paid with.</summary>
public sealed class CardDetails
{
    [JsonPropertyName("card_holder")]
    public string CardHolder { get; set; } = "";

    [JsonPropertyName("card_number")]
    public string CardNumber { get; set; } = "";

    [JsonPropertyName("card_expiration_month")]
    public int CardExpirationMonth { get; set; }

    [JsonPropertyName("card_expiration_year")]
    public string CardExpirationYear { get; set; } = "";

    [JsonPropertyName("card_security_code")]
    public string? CardSecurityCode { get; set; }

    [JsonPropertyName("card_postal_code")]
    public string? CardPostalCode { get; set; }
}

/// <summary>The billing address sent with a charge.</summary>
public sealed class BillingAddress
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("postal_code")]
    public string PostalCode { get; set; } = "";

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    [JsonPropertyName("line2")]
    public string? Line2 { get; set; }

    [JsonPropertyName("is_primary")]
    public bool? IsPrimary { get; set; }
}
