using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tratta.Benchmarks.Json.HandWritten;

// Create Charge's response, written by hand. The API answers with an immediate or a scheduled charge; a hand-written
// client typically folds both into one class of nullable properties rather than modelling the union, and keeps the
// docs' odd formats (total_amount and payment_date) as the strings they arrive as.

/// <summary>Create Charge's response: <c>{"data": charge}</c>.</summary>
public sealed class ChargeEnvelope
{
    [JsonPropertyName("data")]
    public Charge Data { get; set; } = null!;
}

/// <summary>A created charge, immediate (with <see cref="ReferenceNumber"/>) or scheduled (with <see cref="ScheduledAt"/>).</summary>
public sealed class Charge
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("reference_number")]
    public string? ReferenceNumber { get; set; }

    [JsonPropertyName("payment_method_type")]
    public string? PaymentMethodType { get; set; }

    [JsonPropertyName("card")]
    public ChargeCard? Card { get; set; }

    [JsonPropertyName("payment_method")]
    public JsonElement? PaymentMethod { get; set; }

    [JsonPropertyName("billing_address")]
    public ChargeBillingAddress? BillingAddress { get; set; }

    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    [JsonPropertyName("total_amount")]
    public string? TotalAmount { get; set; }

    [JsonPropertyName("payment_date")]
    public string? PaymentDate { get; set; }

    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("fees")]
    public IReadOnlyList<JsonElement>? Fees { get; set; }

    [JsonPropertyName("scheduled_at")]
    public DateOnly? ScheduledAt { get; set; }

    [JsonPropertyName("successfully_charged_at")]
    public string? SuccessfullyChargedAt { get; set; }
}

/// <summary>The card of an immediate charge, as returned (its last four digits).</summary>
public sealed class ChargeCard
{
    [JsonPropertyName("card_holder")]
    public string? CardHolder { get; set; }

    [JsonPropertyName("card_number")]
    public string? CardNumber { get; set; }

    [JsonPropertyName("card_type")]
    public string? CardType { get; set; }

    [JsonPropertyName("card_zip")]
    public string? CardZip { get; set; }

    [JsonPropertyName("expiration_month")]
    public string? ExpirationMonth { get; set; }

    [JsonPropertyName("expiration_year")]
    public string? ExpirationYear { get; set; }
}

/// <summary>The billing address of an immediate charge.</summary>
public sealed class ChargeBillingAddress
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    [JsonPropertyName("line2")]
    public string? Line2 { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }
}
