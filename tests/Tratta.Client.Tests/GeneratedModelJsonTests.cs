using System;
using System.Text.Json;
using Xunit;

namespace Tratta.Client.Tests;

/// <summary>The generated types read the docs' own payloads through their generated JSON converters.</summary>
public sealed class GeneratedModelJsonTests
{
    [Fact]
    public void The_immediate_charge_example_reads_as_an_immediate_charge_with_every_field()
    {
        var charge = JsonSerializer.Deserialize<Charge>(Payloads.Read("immediate-charge.json"));

        var immediate = Assert.IsType<ImmediateCharge>(charge);
        Assert.Equal("b4ff53e3-3124-4690-9df0-c7613f6f5494", immediate.Id);
        Assert.Equal("3153686308", immediate.ReferenceNumber);
        Assert.Equal(PaymentMethodType.Card, immediate.PaymentMethodType);
        Assert.Equal("Test Holder", immediate.Card!.CardHolder);
        Assert.Equal("4242", immediate.Card.CardNumber);
        Assert.Equal("Visa", immediate.Card.CardType);
        Assert.Equal("10001", immediate.Card.CardZip);
        Assert.Equal("12", immediate.Card.ExpirationMonth);
        Assert.Equal("23", immediate.Card.ExpirationYear);
        Assert.Null(immediate.PaymentMethod);
        Assert.Equal("Test Name", immediate.BillingAddress!.Name);
        Assert.Equal("New York", immediate.BillingAddress.City);
        Assert.Equal("10001", immediate.BillingAddress.PostalCode);
        Assert.Null(immediate.BillingAddress.Country);
        Assert.Equal("5the Ave", immediate.BillingAddress.Line1);
        Assert.Null(immediate.BillingAddress.Line2);
        Assert.Equal("New York", immediate.BillingAddress.State);
        Assert.Equal(1000m, immediate.Amount);
        Assert.Equal(1000m, immediate.TotalAmount);
        Assert.Equal(new DateOnly(2023, 2, 28), immediate.PaymentDate);
        Assert.True(immediate.Success);
        Assert.Empty(immediate.Fees!);
    }

    [Fact]
    public void The_scheduled_charge_example_reads_as_a_scheduled_charge_with_every_field()
    {
        var charge = JsonSerializer.Deserialize<Charge>(Payloads.Read("scheduled-charge.json"));

        var scheduled = Assert.IsType<ScheduledCharge>(charge);
        Assert.Equal("3ca1119d-5e08-4e41-8a9f-7272e755003a", scheduled.Id);
        Assert.Equal(PaymentMethodType.Card, scheduled.PaymentMethodType);
        Assert.Equal(new DateOnly(2023, 3, 1), scheduled.ScheduledAt);
        Assert.Null(scheduled.SuccessfullyChargedAt);
        Assert.Equal(1000m, scheduled.Amount);
        var method = scheduled.PaymentMethod!;
        Assert.Equal("839a0a09-5f51-45aa-a0e3-00261112109d", method.Id);
        Assert.Equal(PaymentMethodType.Card, method.Type);
        Assert.Equal("Test Holder", method.CardToken!.CardHolder);
        Assert.Equal("4242", method.CardToken.CardNumber);
        Assert.Equal("12", method.CardToken.ExpirationMonth);
        Assert.Equal("23", method.CardToken.ExpirationYear);
        Assert.Equal("Visa", method.CardToken.CardType);
        Assert.Equal("10001", method.CardToken.CardZip);
        Assert.False(method.IsPrimary);
        Assert.False(method.HasActivePaymentPlan);
        Assert.Equal(new DateTime(2023, 2, 28, 13, 21, 16), method.CreatedAt);
    }

    [Fact]
    public void An_enum_value_the_spec_does_not_list_is_kept_and_written_back_as_received()
    {
        var method = JsonSerializer.Deserialize<PaymentMethod>("""{"id": "pm1", "type": "wallet"}""")!;

        Assert.Equal("wallet", method.Type!.Value.Value);
        Assert.False(method.Type.Value.IsKnown);
        Assert.True(PaymentMethodType.Ach.IsKnown);
        Assert.Equal("""{"id":"pm1","type":"wallet"}""", JsonSerializer.Serialize(method));
    }

    [Theory]
    [InlineData("""{"id": "x", "amount": "1000.50", "success": "1", "total_amount": 1000.5, "payment_date": "2023-02-28", "reference_number": 3153686308}""")]
    [InlineData("""{"id": "x", "amount": 1000.50, "success": true, "total_amount": "1000.50", "payment_date": "02/28/2023", "reference_number": "3153686308"}""")]
    [InlineData("""{"id": "x", "amount": 1000.5, "success": "true", "total_amount": "1000.5", "payment_date": "2023-02-28 13:21:16", "reference_number": "3153686308"}""")]
    public void Numbers_booleans_and_dates_are_read_in_every_documented_form(string json)
    {
        var charge = JsonSerializer.Deserialize<ImmediateCharge>(json)!;

        Assert.Equal(1000.5m, charge.Amount);
        Assert.Equal(1000.5m, charge.TotalAmount);
        Assert.True(charge.Success);
        Assert.Equal(new DateOnly(2023, 2, 28), charge.PaymentDate);
        Assert.Equal("3153686308", charge.ReferenceNumber);
    }

    [Fact]
    public void Documented_non_iso_dates_and_decimal_strings_are_written_in_their_documented_form()
    {
        var charge = new ImmediateCharge { Id = "x", ReferenceNumber = "1", PaymentDate = new DateOnly(2023, 2, 28), TotalAmount = 1000m };

        Assert.Equal("""{"id":"x","reference_number":"1","total_amount":"1000","payment_date":"02/28/2023"}""", JsonSerializer.Serialize(charge));
    }

    [Fact]
    public void A_required_property_that_is_missing_fails_the_read_with_its_name()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Customer>("""{"name": "no id"}"""));

        Assert.Contains("'id'", exception.Message);
    }
}
