using System;
using System.Collections.Generic;
using System.Linq;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Client.Tests;

/// <summary>
/// Every rule of the Tratta docs, enforced by the generated validators: for each at least one passing and one failing
/// case, the docs' own example values among them, and the boundaries.
/// </summary>
public sealed class ValidationRuleTests
{
    // Noon UTC, so that "today" is the same calendar date in every time zone from UTC-12 to UTC+12.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CardInput ValidCard => new() { CardHolder = "John Doe", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "25", CardSecurityCode = "123", CardPostalCode = "10001" };

    private static AchInput ValidAch => new() { AccountHolder = "John Doe", AccountType = AccountType.Checking, RoutingNumber = "021000021", AccountNumber = "123456789", AccountZip = "10001", AccountState = "NY" };

    private static CreateChargeRequest ValidCharge => new() { Amount = 700m, DebtAccountExternalId = "123456", PaymentMethodId = "839a0a09-5f51-45aa-a0e3-00261112109d" };

    [Fact]
    public void The_docs_example_requests_are_valid()
    {
        Assert.True(new CreateCustomerRequest { Name = "Customer Name", Email = "test@email.com" }.Validate(Clock).IsValid);
        Assert.True(new CreatePaymentMethodRequest { Card = ValidCard }.Validate(Clock).IsValid);
        Assert.True(new CreatePaymentMethodRequest { Ach = ValidAch }.Validate(Clock).IsValid);
        Assert.True(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "123456", Email = "example@example.com", Card = ValidCard, ScheduledAt = Today.AddDays(7) }.Validate(Clock).IsValid);
        Assert.True(new AddressRequest { PostalCode = "10001", Name = "Updated Address Name", IsPrimary = false }.Validate(Clock).IsValid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Card_expiration_month_is_between_1_and_12(int month, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Card = ValidCard with { CardExpirationMonth = month } }, valid, "card.card_expiration_month", "The card.card expiration month field must be between 1 and 12.");

    [Theory]
    [InlineData("25", true)]
    [InlineData("05", true)]
    [InlineData("2025", false)]
    [InlineData("5", false)]
    [InlineData("2a", false)]
    public void Card_expiration_year_is_the_last_two_digits_of_a_year(string year, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Card = ValidCard with { CardExpirationYear = year } }, valid, "card.card_expiration_year", "The card.card expiration year field must be 2 digits.");

    [Theory]
    [InlineData("4242424242424242", true)]
    [InlineData("4242 4242 4242 4242", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4242424242424241", false)]
    [InlineData("42424242", false)]
    [InlineData("4242-4242-4242-424x", false)]
    [InlineData(" 4242424242424242 ", true)]
    [InlineData("4242  4242 4242 4242", false)]
    [InlineData("-4242424242424242", false)]
    [InlineData("000000000000", false)]
    [InlineData("٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢", false)]
    public void Card_number_is_a_valid_card_number(string number, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Card = ValidCard with { CardNumber = number } }, valid, "card.card_number", "The card.card number field must be a valid card number.");

    [Theory]
    [InlineData("021000021", true)]
    [InlineData("011000015", true)]
    [InlineData("021000022", false)]
    [InlineData("02100002", false)]
    [InlineData("0210000210", false)]
    [InlineData("02100002a", false)]
    [InlineData("000000000", false)]
    [InlineData("500000005", false)]
    [InlineData("٠٢١٠٠٠٠٢١", false)]
    public void Routing_number_is_a_valid_aba_routing_number(string routing, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { RoutingNumber = routing } }, valid, "ach.routing_number", "The ach.routing number field must be a valid routing number.");

    [Theory]
    [InlineData(3, false, "The ach.account number field must be at least 4 characters.")]
    [InlineData(4, true, null)]
    [InlineData(17, true, null)]
    [InlineData(18, false, "The ach.account number field must not be greater than 17 characters.")]
    public void Account_number_has_4_to_17_characters(int length, bool valid, string? message) =>
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { AccountNumber = new string('7', length) } }, valid, "ach.account_number", message);

    [Theory]
    [InlineData("   123", false)]
    [InlineData(" 1234 ", true)]
    [InlineData("😀😀😀", false)]
    [InlineData("😀😀😀😀", true)]
    public void Lengths_are_counted_as_the_server_counts_them_trimmed_and_in_characters(string accountNumber, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { AccountNumber = accountNumber } }, valid, "ach.account_number", "The ach.account number field must be at least 4 characters.");

    [Theory]
    [InlineData("1000", false)]
    [InlineData("10001", true)]
    [InlineData("01234", true)]
    [InlineData("100011", false)]
    [InlineData("1000a", false)]
    [InlineData(" 10001 ", true)]
    [InlineData("١٠٠٠١", false)]
    [InlineData("10001\n1", false)]
    public void Postal_codes_are_exactly_five_digits(string postalCode, bool valid)
    {
        AssertRule(new AddressRequest { PostalCode = postalCode }, valid, "postal_code", "The postal code field must be 5 digits.");
        AssertRule(new CreatePaymentMethodRequest { Card = ValidCard with { CardPostalCode = postalCode } }, valid, "card.card_postal_code", "The card.card postal code field must be 5 digits.");
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { AccountZip = postalCode } }, valid, "ach.account_zip", "The ach.account zip field must be 5 digits.");
        AssertRule(ValidCharge with { BillingAddress = new BillingAddressInput { PostalCode = postalCode } }, valid, "billing_address.postal_code", "The billing address.postal code field must be 5 digits.");
    }

    [Theory]
    [InlineData("checking", true)]
    [InlineData("savings", true)]
    [InlineData("chequing", false)]
    public void Account_type_is_checking_or_savings(string accountType, bool valid) =>
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { AccountType = new AccountType(accountType) } }, valid, "ach.account_type", "The selected ach.account type is invalid.");

    [Fact]
    public void An_account_type_never_set_is_missing_not_invalid() =>
        AssertRule(new CreatePaymentMethodRequest { Ach = ValidAch with { AccountType = default } }, false, "ach.account_type", "The ach.account type field is required.");

    [Fact]
    public void An_address_needs_its_postal_code() =>
        AssertRule(new AddressRequest { PostalCode = null!, Name = "Home" }, false, "postal_code", "The postal code field is required.");

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Scheduled_at_is_today_or_later(int days, bool valid) =>
        AssertRule(ValidCharge with { ScheduledAt = Today.AddDays(days) }, valid, "scheduled_at", "The scheduled at field must be a date after or equal to today.");

    [Fact]
    public void Today_is_taken_in_the_earliest_time_zone_so_no_zone_s_today_is_refused()
    {
        // 05:00 UTC on the 22nd is still the 21st from UTC-5 to UTC-12: a server there accepts the 21st.
        var earlyMorningUtc = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero));

        Assert.True((ValidCharge with { ScheduledAt = new DateOnly(2026, 11, 21) }).Validate(earlyMorningUtc).IsValid);
        Assert.False((ValidCharge with { ScheduledAt = new DateOnly(2026, 11, 20) }).Validate(earlyMorningUtc).IsValid);
    }

    [Theory]
    [InlineData("test@email.com", true)]
    [InlineData("example@example.com", true)]
    [InlineData("first.last+tag@sub.example.co", true)]
    [InlineData("test.email.com", false)]
    [InlineData("test@email", true)]
    [InlineData(" test@email.com ", true)]
    [InlineData("josé@bücher.example", true)]
    [InlineData("te st@email.com", false)]
    [InlineData("a@b@c.com", false)]
    [InlineData(".a@b.com", false)]
    [InlineData("a..b@c.com", false)]
    [InlineData("a.@c.com", false)]
    [InlineData("a@b..com", false)]
    [InlineData("a@-b.com", false)]
    [InlineData("a@b-.com", false)]
    [InlineData("a@", false)]
    [InlineData("@b.com", false)]
    public void Emails_are_valid_email_addresses(string email, bool valid)
    {
        AssertRule(new CreateCustomerRequest { Name = "Customer Name", Email = email }, valid, "email", "The email field must be a valid email address.");
        AssertRule(ValidCharge with { Email = email }, valid, "email", "The email field must be a valid email address.");
    }

    [Theory]
    [InlineData("2125550100", true)]
    [InlineData("(212) 555-0100", true)]
    [InlineData("212.555.0100", true)]
    [InlineData("+1 212 555 0100", true)]
    [InlineData("1-212-555-0100", true)]
    [InlineData("555-0100", false)]
    [InlineData("0125550100", false)]
    [InlineData("2121550100", false)]
    [InlineData("+44 20 7946 0958", false)]
    [InlineData("212-555-01OO", false)]
    [InlineData(" (212) 555-0100 ", true)]
    [InlineData("(212)555-0100", true)]
    [InlineData("(212)-555-0100", true)]
    [InlineData("(212)  555-0100", false)]
    [InlineData("+12125550100", true)]
    [InlineData("+212 555 0100", false)]
    [InlineData("2)12(555+0100", false)]
    [InlineData("(((212)))5550100", false)]
    [InlineData("212--555-0100", false)]
    [InlineData("911-555-0100", false)]
    [InlineData("2125550100\n", true)]
    [InlineData("٢١٢٥٥٥٠١٠٠", false)]
    public void Phone_is_a_US_phone_number(string phone, bool valid) =>
        AssertRule(new CreateCustomerRequest { Name = "Customer Name", Phone = phone }, valid, "phone", "The phone field must be a valid US phone number.");

    [Theory]
    [InlineData("6789", true)]
    [InlineData("0123", true)]
    [InlineData("678", false)]
    [InlineData("67890", false)]
    [InlineData("67a9", false)]
    public void Ssn_last4_is_four_digits(string ssn, bool valid) =>
        AssertRule(new CreateCustomerRequest { Name = "Customer Name", SsnLast4 = ssn }, valid, "ssn_last4", "The ssn last4 field must be 4 digits.");

    [Theory]
    [InlineData("Customer Name", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void Name_is_required_to_create_a_customer(string? name, bool valid) =>
        AssertRule(new CreateCustomerRequest { Name = name! }, valid, "name", "The name field is required.");

    [Fact]
    public void Every_field_of_a_customer_update_is_optional() =>
        Assert.True(new UpdateCustomerRequest().Validate(Clock).IsValid);

    [Fact]
    public void A_customer_update_checks_the_same_value_rules_as_a_create()
    {
        var errors = new UpdateCustomerRequest
        {
            Email = "not-an-email",
            Phone = "555-0100",
            SsnLast4 = "123",
            Metadata = new Dictionary<string, string> { ["segment"] = new string('v', 256) },
        }.Validate(Clock);

        Assert.Equal(["email", "phone", "ssn_last4", "metadata.segment"], errors.Keys);
        Assert.Equal("The ssn last4 field must be 4 digits.", Assert.Single(errors["ssn_last4"]));
    }

    [Theory]
    [InlineData(255, 1, true)]
    [InlineData(1, 255, true)]
    [InlineData(256, 1, false)]
    [InlineData(1, 256, false)]
    public void Metadata_keys_and_values_have_at_most_255_characters(int keyLength, int valueLength, bool valid)
    {
        var key = new string('k', keyLength);
        var errors = new CreateCustomerRequest { Name = "Customer Name", Metadata = new Dictionary<string, string> { [key] = new string('v', valueLength) } }.Validate(Clock);

        Assert.Equal(valid, errors.IsValid);
        if (!valid)
        {
            Assert.Equal(["metadata." + key], errors.Keys);
            Assert.EndsWith(keyLength > 255 ? "key must not be greater than 255 characters." : "field must not be greater than 255 characters.", Assert.Single(errors["metadata." + key]));
        }
    }

    [Fact]
    public void On_update_an_address_postal_code_is_required_only_when_the_address_has_no_id()
    {
        var withoutId = new UpdateCustomerRequest { Address = new CustomerAddressUpdateInput { Line1 = "5th Ave" } }.Validate(Clock);
        var withId = new UpdateCustomerRequest { Address = new CustomerAddressUpdateInput { Id = "a1", Line1 = "5th Ave" } }.Validate(Clock);
        var newWithPostalCode = new UpdateCustomerRequest { Address = new CustomerAddressUpdateInput { Line1 = "5th Ave", PostalCode = "10001" } }.Validate(Clock);

        Assert.Equal(["address.postal_code"], withoutId.Keys);
        Assert.Equal("The address.postal code field is required when address.id is not present.", Assert.Single(withoutId["address.postal_code"]));
        Assert.True(withId.IsValid);
        Assert.True(newWithPostalCode.IsValid);
    }

    [Fact]
    public void A_payment_method_needs_a_card_or_an_ach_account()
    {
        var neither = new CreatePaymentMethodRequest().Validate(Clock);

        Assert.Equal(["card", "ach"], neither.Keys);
        Assert.Equal("The card field is required when ach is not present.", Assert.Single(neither["card"]));
        Assert.Equal("The ach field is required when card is not present.", Assert.Single(neither["ach"]));
        Assert.True(new CreatePaymentMethodRequest { Card = ValidCard }.Validate(Clock).IsValid);
        Assert.True(new CreatePaymentMethodRequest { Ach = ValidAch }.Validate(Clock).IsValid);
    }

    [Fact]
    public void A_card_or_ach_account_that_is_sent_must_be_complete()
    {
        var errors = new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "", CardNumber = null!, CardExpirationMonth = 12, CardExpirationYear = null! },
            Ach = new AchInput { AccountHolder = null!, AccountType = AccountType.Savings, RoutingNumber = null!, AccountNumber = null!, AccountZip = null!, AccountState = " " },
        }.Validate(Clock);

        Assert.Equal(
            ["card.card_holder", "card.card_number", "card.card_expiration_year", "ach.account_holder", "ach.routing_number", "ach.account_number", "ach.account_zip", "ach.account_state"],
            errors.Keys);
        Assert.All(errors.Values, messages => Assert.EndsWith("field is required.", Assert.Single(messages)));
    }

    [Fact]
    public void A_charge_needs_a_payment_method_id_a_card_or_an_ach_account()
    {
        var none = (ValidCharge with { PaymentMethodId = null }).Validate(Clock);

        Assert.Equal(["payment_method_id", "card", "ach"], none.Keys);
        Assert.Equal("The payment method id field is required when none of card / ach are present.", Assert.Single(none["payment_method_id"]));
        Assert.Equal("The card field is required when none of payment method id / ach are present.", Assert.Single(none["card"]));
        Assert.True(ValidCharge.Validate(Clock).IsValid);
        Assert.True((ValidCharge with { PaymentMethodId = null, Card = ValidCard }).Validate(Clock).IsValid);
        Assert.True((ValidCharge with { PaymentMethodId = null, Ach = ValidAch }).Validate(Clock).IsValid);
    }

    [Fact]
    public void A_charge_needs_its_debt_account_and_a_billing_address_needs_its_postal_code()
    {
        var errors = (ValidCharge with { DebtAccountExternalId = "", BillingAddress = new BillingAddressInput { PostalCode = null!, City = "New York" } }).Validate(Clock);

        Assert.Equal(["debt_account_external_id", "billing_address.postal_code"], errors.Keys);
        Assert.Equal("The billing address.postal code field is required.", Assert.Single(errors["billing_address.postal_code"]));
    }

    [Fact]
    public void A_request_with_several_errors_reports_all_of_them_with_their_keys()
    {
        var errors = new CreateChargeRequest
        {
            Amount = 700m,
            DebtAccountExternalId = "123456",
            ScheduledAt = Today.AddDays(-1),
            Email = "not-an-email",
            Card = ValidCard with { CardNumber = "4242424242424241", CardExpirationMonth = 13 },
            BillingAddress = new BillingAddressInput { PostalCode = "1000" },
        }.Validate(Clock);

        Assert.Equal(["scheduled_at", "email", "card.card_number", "card.card_expiration_month", "billing_address.postal_code"], errors.Keys);
        Assert.Equal(5, errors.Count);
        Assert.All(errors.Values, messages => Assert.Single(messages));
    }

    [Fact]
    public void Messages_name_the_field_and_rule_but_never_the_value()
    {
        var errors = new CreatePaymentMethodRequest { Card = ValidCard with { CardNumber = "4242424242424241" }, Ach = ValidAch with { RoutingNumber = "021000022", AccountNumber = "12" } }.Validate(Clock);

        var text = errors.ToString();
        Assert.DoesNotContain("4242424242424241", text);
        Assert.DoesNotContain("021000022", text);
        Assert.Contains("card.card_number: The card.card number field must be a valid card number.", text);
    }

    private static void AssertRule(object request, bool valid, string key, string? message)
    {
        var errors = request switch
        {
            CreateCustomerRequest customer => customer.Validate(Clock),
            CreatePaymentMethodRequest paymentMethod => paymentMethod.Validate(Clock),
            CreateChargeRequest charge => charge.Validate(Clock),
            AddressRequest address => address.Validate(Clock),
            _ => throw new ArgumentException("Unknown request type " + request.GetType().Name),
        };

        if (valid)
        {
            Assert.True(errors.IsValid, $"Expected no error, got: {errors}");
            return;
        }

        Assert.Equal([key], errors.Keys.ToArray());
        if (message is not null)
        {
            Assert.Equal(message, Assert.Single(errors[key]));
        }
    }
}
