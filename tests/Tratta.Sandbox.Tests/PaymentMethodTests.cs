using System;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Tratta.Sandbox.Tests;

public sealed class PaymentMethodTests
{
    private const string DocsCard = """
        {"card": {"card_holder": "John Doe", "card_number": "4242424242424242", "card_expiration_month": "12",
                  "card_expiration_year": "25", "card_security_code": "123", "card_postal_code": "10001"}}
        """;

    private const string DocsAch = """
        {"ach": {"account_holder": "John Doe", "account_type": "checking", "routing_number": "021000021",
                 "account_number": "123456789", "account_zip": "10001", "account_state": "NY"}}
        """;

    [Fact]
    public async Task A_card_is_saved_masked_to_its_last_4_digits_with_its_brand()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", DocsCard);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var method = response.Data;
        var id = method.GetProperty("id").GetString();
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","type":"card","card_token":{"card_holder":"John Doe","card_number":"4242","expiration_month":"12","expiration_year":"25","card_type":"Visa","card_zip":"10001"},"bank_account":null,"is_primary":true,"has_active_payment_plan":false,"created_at":"2025-06-15 12:00:00","updated_at":"2025-06-15 12:00:00"}""",
            method.GetRawText());
        Assert.DoesNotContain("4242424242424242", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"123\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bank_account_is_saved_with_routing_and_account_numbers_masked_to_their_last_4_digits()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", DocsAch);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var method = response.Data;
        var id = method.GetProperty("id").GetString();
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","type":"ach","card_token":null,"bank_account":{"account_holder":"John Doe","account_type":"checking","ownership_type":null,"routing_number":"0021","account_number":"6789","account_zip":"10001","account_state":"NY"},"is_primary":true,"has_active_payment_plan":false,"created_at":"2025-06-15 12:00:00","updated_at":"2025-06-15 12:00:00"}""",
            method.GetRawText());
        Assert.DoesNotContain("021000021", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4111 1111 1111 1111", "Visa", "1111")]
    [InlineData("5555555555554444", "Mastercard", "4444")]
    [InlineData("2223003122003222", "Mastercard", "3222")]
    [InlineData("378282246310005", "American Express", "0005")]
    [InlineData("6011111111111117", "Discover", "1117")]
    [InlineData("6500000000000002", "Discover", "0002")]
    [InlineData("3530111333300000", null, "0000")]
    public async Task The_card_type_comes_from_the_number(string number, string? brand, string last4)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", $$$"""
            {"card": {"card_holder": "A", "card_number": "{{{number}}}", "card_expiration_month": 1, "card_expiration_year": "30"}}
            """);

        var card = response.Data.GetProperty("card_token");
        JsonAssert.String(brand, card, "card_type");
        JsonAssert.String(last4, card, "card_number");
        JsonAssert.String("1", card, "expiration_month");
        JsonAssert.Null(card, "card_zip");
    }

    [Fact]
    public async Task Only_the_customers_first_payment_method_is_primary()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var first = await sandbox.PostAsync($"customers/{customer}/payment-methods", DocsCard);
        var second = await sandbox.PostAsync($"customers/{customer}/payment-methods", DocsAch);

        Assert.True(first.Data.GetProperty("is_primary").GetBoolean());
        Assert.False(second.Data.GetProperty("is_primary").GetBoolean());
    }

    [Fact]
    public async Task A_card_or_a_bank_account_is_required()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", """{"card": {}, "ach": null}""");

        JsonAssert.ValidationErrors(
            response,
            ("card", "The card field is required when ach is not present."),
            ("ach", "The ach field is required when card is not present."));
        Assert.Equal("The card field is required when ach is not present. (and 1 more error)", response.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_card_and_a_bank_account_together_are_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var both = DocsCard.TrimEnd()[..^1] + "," + DocsAch.Trim()[1..];

        JsonAssert.ValidationErrors(
            await sandbox.PostAsync($"customers/{customer}/payment-methods", both),
            ("card", "The card field prohibits ach from being present."));
    }

    [Fact]
    public async Task Every_invalid_card_field_is_reported_and_no_message_repeats_the_number()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", """
            {"card": {"card_number": "4242424242424241", "card_expiration_month": 13,
                      "card_expiration_year": "2025", "card_postal_code": "1000"}}
            """);

        JsonAssert.ValidationErrors(
            response,
            ("card.card_holder", "The card.card holder field is required."),
            ("card.card_number", "The card.card number field must be a valid card number."),
            ("card.card_expiration_month", "The card.card expiration month field must be between 1 and 12."),
            ("card.card_expiration_year", "The card.card expiration year field must be 2 digits."),
            ("card.card_postal_code", "The card.card postal code field must be 5 digits."));
        Assert.DoesNotContain("4242424242424241", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4242-4242-4242-4242", true)]
    [InlineData("4242 4242 4242 4242", true)]
    [InlineData("42424242424242424242", false)] // 20 digits
    [InlineData("42424242424", false)] // 11 digits
    [InlineData("4242 4242 4242 424x", false)]
    [InlineData(" -4242424242424242", false)]
    [InlineData("4242424242424241", false)] // fails Luhn
    [InlineData("0000000000000000", true)] // passes Luhn; a brand is not required
    public async Task A_card_number_is_12_to_19_digits_passing_Luhn(string number, bool valid)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", $$$"""
            {"card": {"card_holder": "A", "card_number": "{{{number}}}", "card_expiration_month": 12, "card_expiration_year": "30"}}
            """);

        Assert.Equal(valid ? HttpStatusCode.Created : HttpStatusCode.UnprocessableEntity, response.Status);
    }

    [Fact]
    public async Task Every_invalid_bank_account_field_is_reported()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", """
            {"ach": {"account_holder": "John Doe", "account_type": "business", "routing_number": "021000022",
                     "account_number": "123", "account_zip": "ABCDE"}}
            """);

        JsonAssert.ValidationErrors(
            response,
            ("ach.account_type", "The selected ach.account type is invalid."),
            ("ach.routing_number", "The ach.routing number field must be a valid routing number."),
            ("ach.account_number", "The ach.account number field must be at least 4 characters."),
            ("ach.account_zip", "The ach.account zip field must be 5 digits."),
            ("ach.account_state", "The ach.account state field is required."));
        Assert.Equal(
            "The selected ach.account type is invalid. (and 4 more errors)",
            response.Json.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("011000015", "1234", true)]
    [InlineData("021000021", "12345678901234567", true)]
    [InlineData("021000021", "123456789012345678", false)]
    [InlineData("02100002", "1234", false)]
    [InlineData("000000000", "1234", false)]
    public async Task Routing_numbers_pass_the_ABA_checksum_and_account_numbers_are_4_to_17_characters(
        string routingNumber, string accountNumber, bool valid)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/payment-methods", $$$"""
            {"ach": {"account_holder": "A", "account_type": "savings", "routing_number": "{{{routingNumber}}}",
                     "account_number": "{{{accountNumber}}}", "account_zip": "10001", "account_state": "NY"}}
            """);

        Assert.Equal(valid ? HttpStatusCode.Created : HttpStatusCode.UnprocessableEntity, response.Status);
    }

    [Fact]
    public async Task An_unknown_customer_is_404()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        JsonAssert.NotFound(await sandbox.PostAsync("customers/nobody/payment-methods", DocsCard));
    }

    [Fact]
    public async Task The_customers_external_id_works_too_and_ids_are_UUIDs()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.CreateCustomerAsync("""{"name": "Jane", "external_id": "crm-9"}""");

        var response = await sandbox.PostAsync("customers/crm-9/payment-methods", DocsCard);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), response.Data.GetProperty("id").GetString());
    }
}
