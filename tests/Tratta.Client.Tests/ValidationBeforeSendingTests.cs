using System;
using System.Net;
using System.Threading.Tasks;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Client.Tests;

/// <summary>What the server would reject never leaves the process; what the server rejects arrives in the same model.</summary>
public sealed class ValidationBeforeSendingTests
{
    private readonly CapturingHandler _handler = new();

    private TrattaClient Client => new(_handler.CreateHttpClient(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task An_invalid_request_throws_one_exception_with_every_error_and_sends_nothing()
    {
        var request = new CreateChargeRequest
        {
            Amount = 700m,
            DebtAccountExternalId = "",
            ScheduledAt = new DateOnly(2026, 11, 21),
            Card = new CardInput { CardHolder = "John Doe", CardNumber = "4242424242424241", CardExpirationMonth = 13, CardExpirationYear = "25" },
        };

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Charges.CreateAsync(request));

        Assert.Empty(_handler.Requests);
        Assert.Null(exception.StatusCode);
        Assert.Equal("POST /charges", exception.Operation);
        Assert.Equal(["scheduled_at", "debt_account_external_id", "card.card_number", "card.card_expiration_month"], exception.Errors.Keys);
        Assert.StartsWith("POST /charges was not sent: the request is invalid.", exception.Message);
        Assert.Contains("card.card_number: The card.card number field must be a valid card number.", exception.Message);
        Assert.DoesNotContain("4242424242424241", exception.Message);
    }

    [Fact]
    public async Task Every_operation_with_a_body_validates_before_sending()
    {
        var client = Client;

        await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.CreateAsync(new CreateCustomerRequest { Name = "" }));
        await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.UpdateAsync("c1", new UpdateCustomerRequest { Email = "nope" }));
        await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.Addresses.CreateAsync("c1", new AddressRequest { PostalCode = "1" }));
        await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.Addresses.UpdateAsync("c1", "a1", new AddressRequest { PostalCode = "1" }));
        await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest()));
        await Assert.ThrowsAsync<ApiValidationException>(() => client.Charges.CreateAsync(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "1" }));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_server_422_is_a_validation_exception_with_the_server_s_errors_in_the_same_model()
    {
        _handler.RespondWith((HttpStatusCode)422, """
            {"message": "The amount must be lower than the current balance. (and 1 more error)",
             "errors": {"amount": ["The amount must be lower than the current balance."], "debt_account_external_id": ["The debt account is not active."]}}
            """);

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Charges.CreateAsync(new CreateChargeRequest { Amount = 5000m, DebtAccountExternalId = "123456", PaymentMethodId = "pm1" }));

        Assert.Single(_handler.Requests);
        Assert.Equal((HttpStatusCode)422, exception.StatusCode);
        Assert.Equal("The amount must be lower than the current balance. (and 1 more error)", exception.Errors.Message);
        Assert.Equal(["amount", "debt_account_external_id"], exception.Errors.Keys);
        Assert.Equal("The debt account is not active.", Assert.Single(exception.Errors["debt_account_external_id"]));
    }

    [Theory]
    [InlineData("""{"message": "Invalid.", "errors": {"name": "The name field is required."}}""", "name", 1)]
    [InlineData("""{"message": "Invalid.", "errors": {"card.card_number": ["One.", "Two."]}, "extra": [1]}""", "card.card_number", 2)]
    public void Laravel_validation_bodies_are_parsed_with_every_message(string body, string key, int messages)
    {
        var errors = ValidationErrors.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Equal("Invalid.", errors.Message);
        Assert.Equal(messages, errors[key].Count);
        Assert.False(errors.IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Unprocessable</html>")]
    [InlineData("""{"errors": 5}""")]
    [InlineData("""{"errors": ["The name field is required."]}""")]
    public void A_422_body_of_another_shape_gives_no_field_errors_instead_of_failing(string body)
    {
        var errors = ValidationErrors.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Empty(errors);
        Assert.True(errors.IsValid);
    }

    [Fact]
    public void A_422_body_without_a_message_has_its_errors_and_no_message()
    {
        var errors = ValidationErrors.Parse("""{"errors": {"name": ["The name field is required."]}}"""u8);

        Assert.Null(errors.Message);
        Assert.Equal(["name"], errors.Keys);
    }

    [Fact]
    public async Task A_422_body_that_is_not_utf8_is_still_a_validation_exception_with_the_errors_read_before_it()
    {
        byte[] body = [.. """{"errors": {"name": ["The name field is required."], "city": ["Bad """u8, 0xE9, .. "\"]}, \"message\": \"x\"}"u8];
        _handler.RespondWith((HttpStatusCode)422, body);

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Customers.CreateAsync(new CreateCustomerRequest { Name = "Jane" }));

        Assert.Equal((HttpStatusCode)422, exception.StatusCode);
        Assert.Equal(["name"], exception.Errors.Keys);
    }

    [Fact]
    public async Task A_422_message_that_is_not_utf8_is_left_out()
    {
        byte[] body = [.. """{"message": "Jos"""u8, 0xE9, .. "\"}"u8];
        _handler.RespondWith((HttpStatusCode)422, body);

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Customers.CreateAsync(new CreateCustomerRequest { Name = "Jane" }));

        Assert.Null(exception.ServerMessage);
        Assert.Empty(exception.Errors);
    }
}
