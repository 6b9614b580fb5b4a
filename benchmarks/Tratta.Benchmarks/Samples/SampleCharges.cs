using System.Text;
using KiotaModels = Peers.Kiota.Models;
using HandWritten = Tratta.Benchmarks.Json.HandWritten;

namespace Tratta.Benchmarks.Samples;

/// <summary>
/// One Create Charge exchange: an immediate card payment against a debt account, with a billing address and the
/// confirmation email, as the Tratta docs' example (with a card that has not expired), and the immediate charge the
/// API answers with. The request is built once per model, each the way that model's user would write it.
/// </summary>
internal static class SampleCharges
{
    /// <summary>What every serializer must write for the request: the spec's field names, absent fields left out.</summary>
    public const string CreateRequestJson = """
        {
          "amount": 250.75,
          "debt_account_external_id": "DEBT-1001",
          "email": "jane.doe@example.com",
          "send_email": true,
          "card": {
            "card_holder": "Jane Doe",
            "card_number": "4242424242424242",
            "card_expiration_month": 12,
            "card_expiration_year": "30",
            "card_security_code": "123",
            "card_postal_code": "10001"
          },
          "billing_address": {
            "name": "Home",
            "city": "New York",
            "state": "NY",
            "postal_code": "10001",
            "country": "US",
            "line1": "350 5th Ave",
            "line2": "Suite 100"
          }
        }
        """;

    public const string ChargeId = "b4ff53e3-3124-4690-9df0-c7613f6f5494";

    public const string ReferenceNumber = "3153686308";

    /// <summary>Create Charge's response: the docs' immediate charge (nulls and the empty <c>fees</c> included).</summary>
    public static byte[] ImmediateChargeResponseJson() => Encoding.UTF8.GetBytes($$"""
        {
          "data": {
            "id": "{{ChargeId}}",
            "reference_number": "{{ReferenceNumber}}",
            "payment_method_type": "card",
            "card": {
              "card_holder": "Jane Doe",
              "card_number": "4242",
              "card_type": "Visa",
              "card_zip": "10001",
              "expiration_month": "12",
              "expiration_year": "30"
            },
            "payment_method": null,
            "billing_address": {
              "name": "Home",
              "city": "New York",
              "postal_code": "10001",
              "country": null,
              "line1": "350 5th Ave",
              "line2": null,
              "state": "NY"
            },
            "amount": 250.75,
            "total_amount": "250.75",
            "payment_date": "02/28/2023",
            "success": true,
            "fees": []
          }
        }
        """);

    public static Tratta.Client.CreateChargeRequest ForTratta() => new()
    {
        Amount = 250.75m,
        DebtAccountExternalId = "DEBT-1001",
        Email = "jane.doe@example.com",
        SendEmail = true,
        Card = new Tratta.Client.CardInput
        {
            CardHolder = "Jane Doe",
            CardNumber = "4242424242424242",
            CardExpirationMonth = 12,
            CardExpirationYear = "30",
            CardSecurityCode = "123",
            CardPostalCode = "10001",
        },
        BillingAddress = new Tratta.Client.BillingAddressInput
        {
            Name = "Home",
            City = "New York",
            State = "NY",
            PostalCode = "10001",
            Country = "US",
            Line1 = "350 5th Ave",
            Line2 = "Suite 100",
        },
    };

    public static HandWritten.CreateChargeRequest ForHandWritten() => new()
    {
        Amount = 250.75m,
        DebtAccountExternalId = "DEBT-1001",
        Email = "jane.doe@example.com",
        SendEmail = true,
        Card = new HandWritten.CardDetails
        {
            CardHolder = "Jane Doe",
            CardNumber = "4242424242424242",
            CardExpirationMonth = 12,
            CardExpirationYear = "30",
            CardSecurityCode = "123",
            CardPostalCode = "10001",
        },
        BillingAddress = new HandWritten.BillingAddress
        {
            Name = "Home",
            City = "New York",
            State = "NY",
            PostalCode = "10001",
            Country = "US",
            Line1 = "350 5th Ave",
            Line2 = "Suite 100",
        },
    };

    public static KiotaModels.CreateChargeRequest ForKiota() => new()
    {
        Amount = 250.75,
        DebtAccountExternalId = "DEBT-1001",
        Email = "jane.doe@example.com",
        SendEmail = true,
        Card = new KiotaModels.CardInput
        {
            CardHolder = "Jane Doe",
            CardNumber = "4242424242424242",
            CardExpirationMonth = 12,
            CardExpirationYear = "30",
            CardSecurityCode = "123",
            CardPostalCode = "10001",
        },
        BillingAddress = new KiotaModels.BillingAddressInput
        {
            Name = "Home",
            City = "New York",
            State = "NY",
            PostalCode = "10001",
            Country = "US",
            Line1 = "350 5th Ave",
            Line2 = "Suite 100",
        },
    };
}
