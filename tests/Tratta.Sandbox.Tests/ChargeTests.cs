using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Sandbox.Tests;

public sealed class ChargeTests
{
    private const string Card = """
        "card": {"card_holder": "Test Holder", "card_number": "4242424242424242", "card_expiration_month": 12,
                 "card_expiration_year": "29", "card_security_code": "123", "card_postal_code": "10001"}
        """;

    private const string Ach = """
        "ach": {"account_holder": "John Doe", "account_type": "checking", "routing_number": "021000021",
                "account_number": "123456789", "account_zip": "10001", "account_state": "NY"}
        """;

    [Fact]
    public async Task An_immediate_card_charge_reduces_the_balance_and_returns_the_immediate_shape()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 1000, "email": "example@example.com", "send_email": true,
             {{{Card}}},
             "billing_address": {"name": "Test Name", "city": "New York", "postal_code": "10001", "line1": "5the Ave", "state": "New York"}}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var charge = response.Data;
        JsonAssert.Properties(
            charge, "id", "reference_number", "payment_method_type", "card", "payment_method", "billing_address", "amount",
            "total_amount", "payment_date", "success", "fees");
        Assert.Matches("^[1-9][0-9]{9}$", charge.GetProperty("reference_number").GetString());
        var id = charge.GetProperty("id").GetString();
        var reference = charge.GetProperty("reference_number").GetString();
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","reference_number":"{{{reference}}}","payment_method_type":"card","card":{"card_holder":"Test Holder","card_number":"4242","card_type":"Visa","card_zip":"10001","expiration_month":"12","expiration_year":"29"},"payment_method":null,"billing_address":{"name":"Test Name","city":"New York","postal_code":"10001","country":null,"line1":"5the Ave","line2":null,"state":"New York"},"amount":1000,"total_amount":"1000","payment_date":"06/15/2025","success":true,"fees":[]}""",
            charge.GetRawText());
        Assert.DoesNotContain("4242424242424242", response.Body, StringComparison.Ordinal);

        Assert.Equal(new SandboxDebtAccount("DEBT-1001", "active", 500.00m), sandbox.Server.GetDebtAccount("DEBT-1001"));
    }

    [Fact]
    public async Task A_charge_scheduled_for_today_runs_immediately()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1002", "amount": "100.50", "scheduled_at": "2025-06-15", {{{Ach}}}}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var charge = response.Data;
        JsonAssert.String("ach", charge, "payment_method_type");
        JsonAssert.Null(charge, "card");
        JsonAssert.Null(charge, "payment_method");
        JsonAssert.Null(charge, "billing_address");
        Assert.Equal(100.5m, charge.GetProperty("amount").GetDecimal());
        JsonAssert.String("100.5", charge, "total_amount");
        Assert.Equal(149.50m, sandbox.Server.GetDebtAccount("DEBT-1002")!.CurrentBalance);
    }

    [Fact]
    public async Task A_later_charge_is_scheduled_with_its_payment_method_and_leaves_the_balance_alone()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var method = (await sandbox.PostAsync($"customers/{customer}/payment-methods", "{" + Card + "}")).Data;
        var methodId = method.GetProperty("id").GetString();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 700, "scheduled_at": "2025-06-16", "payment_method_id": "{{{methodId}}}"}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var charge = response.Data;
        var id = charge.GetProperty("id").GetString();
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","payment_method_type":"card","payment_method":{{{method.GetRawText()}}},"scheduled_at":"2025-06-16","successfully_charged_at":null,"amount":700}""",
            charge.GetRawText());
        Assert.Equal(1500.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
    }

    [Fact]
    public async Task A_scheduled_card_charge_saves_the_card_as_a_masked_payment_method_like_the_docs_example()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 1000, "scheduled_at": "2025-07-01", {{{Card}}}}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var charge = response.Data;
        JsonAssert.Properties(charge, "id", "payment_method_type", "payment_method", "scheduled_at", "successfully_charged_at", "amount");
        var method = charge.GetProperty("payment_method");
        JsonAssert.String("card", method, "type");
        Assert.False(method.GetProperty("is_primary").GetBoolean());
        Assert.Equal(
            """{"card_holder":"Test Holder","card_number":"4242","expiration_month":"12","expiration_year":"29","card_type":"Visa","card_zip":"10001"}""",
            method.GetProperty("card_token").GetRawText());
        JsonAssert.String("2025-07-01", charge, "scheduled_at");
        Assert.DoesNotContain("4242424242424242", response.Body, StringComparison.Ordinal);

        // The saved payment method can be charged by its id.
        var again = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 10, "payment_method_id": "{{{method.GetProperty("id").GetString()}}}"}
            """);
        Assert.Equal(HttpStatusCode.Created, again.Status);
    }

    [Fact]
    public async Task An_immediate_charge_with_a_saved_payment_method_returns_it_and_no_card()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var method = (await sandbox.PostAsync($"customers/{customer}/payment-methods", "{" + Ach + "}")).Data;
        var address = (await sandbox.PostAsync($"customers/{customer}/addresses", """{"name": "Home", "postal_code": "10118", "city": "New York"}""")).Json;

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 20, "payment_method_id": "{{{method.GetProperty("id").GetString()}}}",
             "billing_address_id": "{{{address.GetProperty("id").GetString()}}}"}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var charge = response.Data;
        JsonAssert.String("ach", charge, "payment_method_type");
        JsonAssert.Null(charge, "card");
        Assert.Equal(method.GetRawText(), charge.GetProperty("payment_method").GetRawText());
        Assert.Equal(
            """{"name":"Home","city":"New York","postal_code":"10118","country":null,"line1":null,"line2":null,"state":null}""",
            charge.GetProperty("billing_address").GetRawText());
        Assert.Equal(1480.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
    }

    [Fact]
    public async Task An_inactive_debt_account_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-2001", "amount": 100, {{{Card}}}}""");

        JsonAssert.ValidationErrors(response, ("debt_account_external_id", "The selected debt account external id is not active."));
        Assert.Equal(900.00m, sandbox.Server.GetDebtAccount("DEBT-2001")!.CurrentBalance);
    }

    [Fact]
    public async Task An_unknown_debt_account_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-9999", "amount": 100, {{{Card}}}}""");

        JsonAssert.ValidationErrors(response, ("debt_account_external_id", "The selected debt account external id is invalid."));
        Assert.Equal(
            """{"message":"The selected debt account external id is invalid.","errors":{"debt_account_external_id":["The selected debt account external id is invalid."]}}""",
            response.Body);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("4.99")]
    [InlineData("0")]
    [InlineData("-10")]
    public async Task An_amount_not_above_the_minimum_payment_amount_is_refused(string amount)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": {{{amount}}}, {{{Card}}}}""");

        JsonAssert.ValidationErrors(response, ("amount", "The amount field must be greater than 5."));
    }

    [Fact]
    public async Task The_minimum_payment_amount_is_configurable()
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.MinimumPaymentAmount = 50m);

        JsonAssert.ValidationErrors(
            await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 50, {{{Card}}}}"""),
            ("amount", "The amount field must be greater than 50."));
        Assert.Equal(
            HttpStatusCode.Created,
            (await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 50.01, {{{Card}}}}""")).Status);
    }

    [Theory]
    [InlineData("250")]
    [InlineData("250.00")]
    [InlineData("1000")]
    public async Task An_amount_not_below_the_current_balance_is_refused(string amount)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1002", "amount": {{{amount}}}, {{{Card}}}}""");

        JsonAssert.ValidationErrors(response, ("amount", "The amount field must be less than 250."));
        Assert.Equal(250.00m, sandbox.Server.GetDebtAccount("DEBT-1002")!.CurrentBalance);
    }

    [Fact]
    public async Task The_balance_rule_uses_the_balance_left_after_earlier_charges()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var first = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 1400, {{{Card}}}}""");
        Assert.Equal(HttpStatusCode.Created, first.Status);

        var second = await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 200, {{{Card}}}}""");

        JsonAssert.ValidationErrors(second, ("amount", "The amount field must be less than 100."));
    }

    [Fact]
    public async Task An_invalid_card_number_is_refused_under_its_nested_key()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 100, {{{Card.Replace("4242424242424242", "4242424242424241", StringComparison.Ordinal)}}}}
            """);

        JsonAssert.ValidationErrors(response, ("card.card_number", "The card.card number field must be a valid card number."));
        Assert.DoesNotContain("4242424242424241", response.Body, StringComparison.Ordinal);
        Assert.Equal(1500.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
    }

    [Fact]
    public async Task Without_any_payment_source_all_three_are_reported_at_once()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", """{"debt_account_external_id": "DEBT-1001", "amount": 100}""");

        JsonAssert.ValidationErrors(
            response,
            ("payment_method_id", "The payment method id field is required when none of card / ach are present."),
            ("card", "The card field is required when none of payment method id / ach are present."),
            ("ach", "The ach field is required when none of payment method id / card are present."));
        Assert.Equal(
            "The payment method id field is required when none of card / ach are present. (and 2 more errors)",
            response.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Every_rule_of_an_empty_body_is_reported_together_in_the_docs_field_order()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", "{}");

        JsonAssert.ErrorFields(response, "amount", "debt_account_external_id", "payment_method_id", "card", "ach");
        Assert.Equal("The amount field is required. (and 4 more errors)", response.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Field_rules_and_server_rules_are_reported_together()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", """
            {"amount": "lots", "scheduled_at": "2025-06-14", "debt_account_external_id": "DEBT-2001", "email": "nope",
             "send_email": "perhaps", "payment_method_id": "no-such-method", "billing_address_id": "no-such-address",
             "billing_address": {"postal_code": "123"}}
            """);

        JsonAssert.ValidationErrors(
            response,
            ("amount", "The amount field must be a number."),
            ("scheduled_at", "The scheduled at field must be a date after or equal to today."),
            ("debt_account_external_id", "The selected debt account external id is not active."),
            ("email", "The email field must be a valid email address."),
            ("send_email", "The send email field must be true or false."),
            ("payment_method_id", "The selected payment method id is invalid."),
            ("billing_address_id", "The selected billing address id is invalid."),
            ("billing_address.postal_code", "The billing address.postal code field must be 5 digits."));
    }

    [Theory]
    [InlineData("2025-6-20")]
    [InlineData("06/20/2025")]
    [InlineData("2025-02-30")]
    public async Task Scheduled_at_must_be_a_Y_m_d_date(string date)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 100, "scheduled_at": "{{{date}}}", {{{Card}}}}
            """);

        JsonAssert.ValidationErrors(response, ("scheduled_at", "The scheduled at field must match the format Y-m-d."));
    }

    [Fact]
    public async Task Today_follows_the_configured_clock()
    {
        var lateOnNewYearsEve = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero);
        await using var sandbox = await TestSandbox.StartAsync(options => options.TimeProvider = new FakeTimeProvider(lateOnNewYearsEve));

        var today = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 100, "scheduled_at": "2025-12-31", {{{Card}}}}
            """);
        var tomorrow = await sandbox.PostAsync("charges", $$$"""
            {"debt_account_external_id": "DEBT-1001", "amount": 100, "scheduled_at": "2026-01-01", {{{Card}}}}
            """);

        JsonAssert.String("12/31/2025", today.Data, "payment_date");
        JsonAssert.String("2026-01-01", tomorrow.Data, "scheduled_at");
        Assert.Equal(1400.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
    }

    [Fact]
    public async Task Concurrent_charges_never_take_the_balance_below_the_rule()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var body = $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 100, {{{Card}}}}""";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sandbox.PostAsync("charges", body)));

        // 1500 allows 14 charges of 100: the 15th would need 100 < 100.
        Assert.Equal(14, responses.Count(response => response.Status == HttpStatusCode.Created));
        Assert.Equal(6, responses.Count(response => response.Status == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(100.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
        Assert.Equal(14, responses.Select(response => response.Status == HttpStatusCode.Created ? response.Data.GetProperty("id").GetString() : null)
            .OfType<string>().Distinct().Count());
    }

    [Fact]
    public async Task The_docs_form_encoded_curl_example_is_accepted()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var form = new System.Net.Http.FormUrlEncodedContent(
        [
            new("debt_account_external_id", "DEBT-1001"),
            new("amount", "700"),
            new("scheduled_at", "2025-06-15"),
            new("email", "example@example.com"),
            new("card[card_holder]", "Card Holder"),
            new("card[card_number]", "4242424242424242"),
            new("card[card_expiration_month]", "12"),
            new("card[card_expiration_year]", "23"),
            new("card[card_security_code]", "123"),
        ]);

        var response = await sandbox.SendAsync(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "charges") { Content = form });

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(700m, response.Data.GetProperty("amount").GetDecimal());
        JsonAssert.String("4242", response.Data.GetProperty("card"), "card_number");
        Assert.Equal(800.00m, sandbox.Server.GetDebtAccount("DEBT-1001")!.CurrentBalance);
    }

    [Fact]
    public async Task Seeded_debt_accounts_replace_the_defaults()
    {
        await using var sandbox = await TestSandbox.StartAsync(options =>
            options.DebtAccounts = new List<SandboxDebtAccount> { new("ACC-1", "active", 42m) });

        Assert.Null(sandbox.Server.GetDebtAccount("DEBT-1001"));
        Assert.Equal([new SandboxDebtAccount("ACC-1", "active", 42m)], sandbox.Server.GetDebtAccounts());
        JsonAssert.ValidationErrors(
            await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "DEBT-1001", "amount": 10, {{{Card}}}}"""),
            ("debt_account_external_id", "The selected debt account external id is invalid."));
        Assert.Equal(
            HttpStatusCode.Created,
            (await sandbox.PostAsync("charges", $$$"""{"debt_account_external_id": "ACC-1", "amount": 10, {{{Card}}}}""")).Status);
    }
}
