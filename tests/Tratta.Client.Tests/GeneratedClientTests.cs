using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace Tratta.Client.Tests;

/// <summary>The generated methods send the documented requests and read every documented response form.</summary>
public sealed class GeneratedClientTests
{
    private readonly CapturingHandler _handler = new();

    // The docs' examples are dated 2023: the clock stands on the day before the scheduled charge of the example.
    private TrattaClient Client => new(_handler.CreateHttpClient(), new FakeTimeProvider(new DateTimeOffset(2023, 2, 28, 15, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Create_customer_posts_only_the_fields_that_are_set_and_reads_the_address_alias_and_metadata_list()
    {
        _handler.RespondWith(HttpStatusCode.Created, Payloads.Read("create-customer-response.json"));

        var customer = await Client.Customers.CreateAsync(new CreateCustomerRequest { Name = "Customer Name", Email = "test@email.com" });

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://org.example.test/api/v1/customers", request.Uri.ToString());
        Assert.Contains("Accept: application/json", request.Headers);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"name":"Customer Name","email":"test@email.com"}""", request.Body);

        Assert.Equal("7a1e1c1e-3d6a-4a8e-9a55-0d3f6e1a2b3c", customer.Id);
        Assert.Equal("CUST-1001", customer.ExternalId);
        Assert.Equal("Customer Name", customer.Name);
        Assert.Equal("test@email.com", customer.Email);
        Assert.Equal("(212) 555-0100", customer.Phone);
        Assert.Equal(new DateOnly(1991, 12, 31), customer.Dob);
        Assert.Equal("6789", customer.Ssn);
        var address = Assert.Single(customer.Addresses!);
        Assert.Equal(("Home", "New York", "10001", "US", "5th Ave", "Apt 2", "NY", true), (address.Name, address.City, address.PostalCode, address.Country, address.Line1, address.Line2, address.State, address.IsPrimary));
        Assert.Equal(new Dictionary<string, string> { ["key"] = "value", ["key1"] = "value" }, customer.Metadata);
    }

    [Fact]
    public async Task A_full_create_customer_request_is_written_in_the_documented_shape()
    {
        _handler.RespondWith(HttpStatusCode.Created, Payloads.Read("create-customer-response.json"));

        await Client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Name = "Customer Name",
            Email = "test@email.com",
            ExternalId = "CUST-1001",
            Phone = "2125550100",
            DateOfBirth = new DateOnly(1991, 12, 31),
            SsnLast4 = "0123",
            Address = new CustomerAddressInput { Line1 = "5th Ave", City = "New York", PostalCode = "01234", IsPrimary = true },
            Metadata = new Dictionary<string, string> { ["key"] = "value" },
        });

        Assert.Equal(
            """{"name":"Customer Name","email":"test@email.com","external_id":"CUST-1001","phone":"2125550100","date_of_birth":"1991-12-31","ssn_last4":"0123","address":{"line1":"5th Ave","city":"New York","postal_code":"01234","is_primary":true},"metadata":{"key":"value"}}""",
            _handler.Requests[0].Body);
    }

    [Fact]
    public async Task Get_customer_reads_addresses_and_metadata_and_ignores_unknown_properties()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));

        var customer = await Client.Customers.GetAsync("CUST-1001");

        Assert.Equal(HttpMethod.Get, _handler.Requests[0].Method);
        Assert.Equal("https://org.example.test/api/v1/customers/CUST-1001", _handler.Requests[0].Uri.ToString());
        Assert.Null(_handler.Requests[0].Body);
        var address = Assert.Single(customer.Addresses!);
        Assert.Null(address.Line2);
        Assert.True(address.IsPrimary);
        Assert.Equal(2, customer.Metadata!.Count);
    }

    [Fact]
    public async Task List_customers_reads_metadata_as_a_list_of_entries_or_as_an_object()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("list-customers-response.json"));

        var customers = await Client.Customers.ListAsync();

        Assert.Equal(2, customers.Count);
        Assert.Empty(customers[0].Addresses!);
        Assert.Empty(customers[0].Metadata!);
        Assert.Null(customers[1].Addresses);
        Assert.Equal("retail", customers[1].Metadata!["segment"]);
    }

    [Fact]
    public async Task Update_customer_puts_to_the_customer_path()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));

        await Client.Customers.UpdateAsync("CUST-1001", new UpdateCustomerRequest { Name = "Updated Customer Name", Address = new CustomerAddressUpdateInput { Id = "a1", Line1 = "6th Ave" } });

        Assert.Equal(HttpMethod.Put, _handler.Requests[0].Method);
        Assert.Equal("https://org.example.test/api/v1/customers/CUST-1001", _handler.Requests[0].Uri.ToString());
        Assert.Equal("""{"name":"Updated Customer Name","address":{"id":"a1","line1":"6th Ave"}}""", _handler.Requests[0].Body);
    }

    [Fact]
    public async Task Delete_customer_reads_the_success_flag()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));

        var result = await Client.Customers.DeleteAsync("7a1e1c1e");

        Assert.Equal(HttpMethod.Delete, _handler.Requests[0].Method);
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Address_operations_use_the_nested_paths_and_keep_leading_zeros()
    {
        _handler.RespondWith(HttpStatusCode.Created, Payloads.Read("address-response.json"))
            .RespondWith(HttpStatusCode.OK, "[" + System.Text.Encoding.UTF8.GetString(Payloads.Read("address-response.json")) + "]")
            .RespondWith(HttpStatusCode.OK, Payloads.Read("address-response.json"))
            .RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var client = Client;

        var created = await client.Customers.Addresses.CreateAsync("c1", new AddressRequest { PostalCode = "01234", Name = "Updated Address Name", IsPrimary = false });
        var listed = await client.Customers.Addresses.ListAsync("c1");
        await client.Customers.Addresses.UpdateAsync("c1", "a1", new AddressRequest { PostalCode = "01234", IsPrimary = true });
        var deleted = await client.Customers.Addresses.DeleteAsync("c1", "a1");

        Assert.Equal(
            ["POST customers/c1/addresses", "GET customers/c1/addresses", "PUT customers/c1/addresses/a1", "DELETE customers/c1/addresses/a1"],
            _handler.Requests.ConvertAll(r => $"{r.Method} {r.Uri.AbsolutePath["/api/v1/".Length..]}"));
        Assert.Equal("""{"name":"Updated Address Name","postal_code":"01234","is_primary":false}""", _handler.Requests[0].Body);
        Assert.Equal("01234", created.PostalCode);
        Assert.Equal("5c2f0e9a-8b7d-4c6e-a5f4-3e2d1c0b9a88", Assert.Single(listed).Id);
        Assert.True(deleted.Success);
    }

    [Fact]
    public async Task Card_and_ach_payment_methods_are_posted_and_read_back()
    {
        _handler.RespondWith(HttpStatusCode.Created, Payloads.Read("card-payment-method-response.json"))
            .RespondWith(HttpStatusCode.Created, Payloads.Read("ach-payment-method-response.json"));
        var client = Client;

        var card = await client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "John Doe", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "25", CardSecurityCode = "123", CardPostalCode = "10001" },
        });
        var ach = await client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest
        {
            Ach = new AchInput { AccountHolder = "John Doe", AccountType = AccountType.Checking, RoutingNumber = "021000021", AccountNumber = "123456789", AccountZip = "10001", AccountState = "NY" },
        });

        Assert.Equal("""{"card":{"card_holder":"John Doe","card_number":"4242424242424242","card_expiration_month":12,"card_expiration_year":"25","card_security_code":"123","card_postal_code":"10001"}}""", _handler.Requests[0].Body);
        Assert.Equal("""{"ach":{"account_holder":"John Doe","account_type":"checking","routing_number":"021000021","account_number":"123456789","account_zip":"10001","account_state":"NY"}}""", _handler.Requests[1].Body);
        Assert.Equal(PaymentMethodType.Card, card.Type);
        Assert.Equal(("John Doe", "4242", "12", "25", "Visa", "10001"), (card.CardToken!.CardHolder, card.CardToken.CardNumber, card.CardToken.ExpirationMonth, card.CardToken.ExpirationYear, card.CardToken.CardType, card.CardToken.CardZip));
        Assert.Null(card.BankAccount);
        Assert.True(card.IsPrimary);
        Assert.Equal(new DateTime(2023, 2, 28, 13, 21, 16), card.UpdatedAt);
        Assert.Equal(PaymentMethodType.Ach, ach.Type);
        var account = ach.BankAccount!;
        Assert.Equal(("John Doe", "personal", "021000021", "6789", "10001", "NY"), (account.AccountHolder, account.OwnershipType, account.RoutingNumber, account.AccountNumber, account.AccountZip, account.AccountState));
        Assert.Equal(AccountType.Checking, account.AccountType);
        Assert.Equal(new DateTime(2023, 3, 1, 9, 0, 0), ach.UpdatedAt);
    }

    [Fact]
    public async Task Create_charge_returns_the_charge_shape_the_server_sent_with_or_without_the_data_envelope()
    {
        var immediate = System.Text.Encoding.UTF8.GetString(Payloads.Read("immediate-charge.json"));
        _handler.RespondWith(HttpStatusCode.Created, "{\"data\": " + immediate + "}")
            .RespondWith(HttpStatusCode.Created, Payloads.Read("scheduled-charge.json"));
        var client = Client;
        var request = new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "123456", PaymentMethodId = "839a0a09-5f51-45aa-a0e3-00261112109d", ScheduledAt = new DateOnly(2023, 3, 1), SendEmail = true };

        var first = await client.Charges.CreateAsync(request);
        var second = await client.Charges.CreateAsync(request);

        Assert.Equal("""{"amount":700,"scheduled_at":"2023-03-01","debt_account_external_id":"123456","send_email":true,"payment_method_id":"839a0a09-5f51-45aa-a0e3-00261112109d"}""", _handler.Requests[0].Body);
        Assert.Equal("3153686308", Assert.IsType<ImmediateCharge>(first).ReferenceNumber);
        Assert.Equal(new DateOnly(2023, 3, 1), Assert.IsType<ScheduledCharge>(second).ScheduledAt);
    }

    [Fact]
    public async Task A_customer_id_is_escaped_into_one_path_segment()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"))
            .RespondWith(HttpStatusCode.OK, Payloads.Read("get-customer-response.json"));

        await Client.Customers.GetAsync("a/b?c#d");
        await Client.Customers.GetAsync("../admin");

        Assert.Equal("/api/v1/customers/a%2Fb%3Fc%23d", _handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("/api/v1/customers/..%2Fadmin", _handler.Requests[1].Uri.AbsolutePath);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public async Task A_path_value_that_would_address_another_resource_is_refused_before_sending(string customer)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Client.Customers.GetAsync(customer));

        Assert.Equal("customer", exception.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task An_error_status_is_a_typed_exception_with_the_status_and_operation()
    {
        _handler.RespondWith(HttpStatusCode.NotFound, """{"message":"Not Found"}""");

        var exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Customers.GetAsync("missing"));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("GET /customers/{customer}", exception.Operation);
        Assert.Equal("Not Found", exception.ServerMessage);
    }

    [Fact]
    public async Task A_body_that_is_not_the_promised_json_is_a_typed_exception()
    {
        _handler.RespondWith(HttpStatusCode.OK, """{"data": {"name": "no id"}}""");

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => Client.Customers.GetAsync("c1"));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.IsType<System.Text.Json.JsonException>(exception.InnerException);
        Assert.Contains("'id'", exception.Message);
    }
}
