using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Tratta.Client;
using Xunit;
using Tratta.Runtime;

namespace Tratta.EndToEnd.Tests;

/// <summary>The generated client against the sandbox over real loopback HTTP: every operation and error path.</summary>
public sealed class EndToEndTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private readonly TrattaClient _tratta = fixture.Clients.Create();

    [Fact]
    public Task Every_operation_works_over_http() => EveryOperation.RunAsync(_tratta, "DEBT-1001");

    [Fact]
    public async Task A_customer_is_found_by_its_id_and_by_its_external_id_with_its_address_and_metadata()
    {
        var externalId = "e2e-" + Guid.NewGuid().ToString("N");
        var created = await _tratta.Customers.CreateAsync(new CreateCustomerRequest
        {
            Name = "Ann Lee",
            ExternalId = externalId,
            Address = new CustomerAddressInput { Line1 = "1 Main St", PostalCode = "01234" },
            Metadata = new Dictionary<string, string> { ["tier"] = "gold", ["source"] = "web" },
        });

        var byId = await _tratta.Customers.GetAsync(created.Id);
        var byExternalId = await _tratta.Customers.GetAsync(externalId);

        Assert.Equal(created.Id, byExternalId.Id);
        Assert.Equal("01234", Assert.Single(byId.Addresses!).PostalCode);
        Assert.True(byId.Addresses![0].IsPrimary);
        Assert.Equal(new Dictionary<string, string> { ["tier"] = "gold", ["source"] = "web" }, byId.Metadata);
    }

    [Fact]
    public async Task A_customer_has_exactly_one_primary_address()
    {
        var customer = await _tratta.Customers.CreateAsync(new CreateCustomerRequest { Name = "Ann Lee" });
        var first = await _tratta.Customers.Addresses.CreateAsync(customer.Id, new AddressRequest { PostalCode = "10001" });
        var second = await _tratta.Customers.Addresses.CreateAsync(customer.Id, new AddressRequest { PostalCode = "10002", IsPrimary = true });

        var addresses = await _tratta.Customers.Addresses.ListAsync(customer.Id);

        Assert.True(first.IsPrimary);
        Assert.Equal(second.Id, Assert.Single(addresses, a => a.IsPrimary == true).Id);
    }

    [Fact]
    public async Task Payment_methods_come_back_masked()
    {
        var customer = await _tratta.Customers.CreateAsync(new CreateCustomerRequest { Name = "Ann Lee" });

        var card = await _tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "Ann Lee", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "30" },
        });
        var ach = await _tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Ach = new AchInput { AccountHolder = "Ann Lee", AccountType = AccountType.Checking, RoutingNumber = "021000021", AccountNumber = "123456789", AccountZip = "10001", AccountState = "NY" },
        });

        Assert.Equal((PaymentMethodType.Card, "4242", "Visa"), (card.Type!.Value, card.CardToken!.CardNumber, card.CardToken.CardType));
        Assert.Equal(PaymentMethodType.Ach, ach.Type);
        Assert.Equal("6789", ach.BankAccount!.AccountNumber);
        Assert.NotEqual("021000021", ach.BankAccount.RoutingNumber);
    }

    [Fact]
    public async Task An_immediate_charge_reduces_the_balance_and_a_scheduled_one_does_not()
    {
        var customer = await _tratta.Customers.CreateAsync(new CreateCustomerRequest { Name = "Ann Lee" });
        var card = await _tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "Ann Lee", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "30" },
        });
        var before = fixture.Sandbox.GetDebtAccount("DEBT-1002")!.CurrentBalance;

        var now = await _tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 20m, DebtAccountExternalId = "DEBT-1002", PaymentMethodId = card.Id });
        var afterImmediate = fixture.Sandbox.GetDebtAccount("DEBT-1002")!.CurrentBalance;
        var later = await _tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 20m, DebtAccountExternalId = "DEBT-1002", PaymentMethodId = card.Id, ScheduledAt = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) });

        var immediate = Assert.IsType<ImmediateCharge>(now);
        Assert.Equal(20m, immediate.Amount);
        Assert.True(immediate.Success);
        Assert.Equal(before - 20m, afterImmediate);
        Assert.IsType<ScheduledCharge>(later);
        Assert.Equal(afterImmediate, fixture.Sandbox.GetDebtAccount("DEBT-1002")!.CurrentBalance);
    }

    [Theory]
    [InlineData("DEBT-1001", 1_000_000, "amount")]
    [InlineData("DEBT-1001", 3, "amount")]
    [InlineData("DEBT-2001", 10, "debt_account_external_id")]
    [InlineData("DEBT-9999", 10, "debt_account_external_id")]
    public async Task The_server_only_charge_rules_are_422s_in_the_validation_model(string debtAccount, int amount, string field)
    {
        var exception = await Assert.ThrowsAsync<ApiValidationException>(() =>
            _tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = amount, DebtAccountExternalId = debtAccount, Card = new CardInput { CardHolder = "Ann Lee", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "30" } }));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, exception.StatusCode);
        Assert.Contains(field, exception.Errors.Keys);
        Assert.False(string.IsNullOrEmpty(exception.Errors.Message));
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_exception()
    {
        var exception = await Assert.ThrowsAsync<ApiAuthenticationException>(() => fixture.Clients.Create("not-the-key").Customers.ListAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, exception.StatusCode);
    }

    [Fact]
    public async Task Unknown_customers_and_addresses_are_not_found()
    {
        var customer = await _tratta.Customers.CreateAsync(new CreateCustomerRequest { Name = "Ann Lee" });

        await Assert.ThrowsAsync<ApiNotFoundException>(() => _tratta.Customers.GetAsync("no-such-customer"));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => _tratta.Customers.Addresses.DeleteAsync(customer.Id, "no-such-address"));
    }

    [Fact]
    public async Task Auto_paging_lists_every_customer()
    {
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await _tratta.Customers.CreateAsync(new CreateCustomerRequest { Name = "Pager " + i })).Id);
        }

        var listed = new List<string>();
        await foreach (var customer in _tratta.Customers.ListAutoPagingAsync())
        {
            listed.Add(customer.Id);
        }

        Assert.Subset(listed.ToHashSet(), created.ToHashSet());
    }
}
