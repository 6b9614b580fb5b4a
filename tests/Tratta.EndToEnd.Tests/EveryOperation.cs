using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Tratta.Client;
using Xunit;
using Tratta.Runtime;

namespace Tratta.EndToEnd.Tests;

/// <summary>Calls each of the 11 operations once, with the documented error paths, checking what comes back.</summary>
internal static class EveryOperation
{
    public static async Task RunAsync(ITrattaClient tratta, string debtAccount)
    {
        var externalId = "e2e-" + Guid.NewGuid().ToString("N");
        var customer = await tratta.Customers.CreateAsync(new CreateCustomerRequest
        {
            Name = "Jane Doe",
            Email = "jane@example.com",
            ExternalId = externalId,
            Phone = "2125550100",
            DateOfBirth = new DateOnly(1991, 12, 31),
            SsnLast4 = "6789",
            Address = new CustomerAddressInput { Line1 = "350 5th Ave", City = "New York", State = "NY", PostalCode = "10118" },
            Metadata = new Dictionary<string, string> { ["crm"] = "42" },
        });
        Assert.Equal(customer.Id, (await tratta.Customers.GetAsync(externalId)).Id);
        Assert.Contains(await tratta.Customers.ListAsync(), c => c.Id == customer.Id);
        Assert.Equal(["crm"], customer.Metadata!.Keys);
        var firstAddress = Assert.Single(customer.Addresses!);
        var updated = await tratta.Customers.UpdateAsync(customer.Id, new UpdateCustomerRequest
        {
            Name = "Jane Q. Doe",
            Metadata = new Dictionary<string, string> { ["crm"] = "", ["segment"] = "retail" },
            Address = new CustomerAddressUpdateInput { Id = firstAddress.Id, City = "Brooklyn" },
        });
        Assert.Equal("Jane Q. Doe", updated.Name);
        Assert.Equal(["segment"], updated.Metadata!.Keys);
        Assert.Equal("Brooklyn", Assert.Single(updated.Addresses!).City);
        var withSecondAddress = await tratta.Customers.UpdateAsync(customer.Id, new UpdateCustomerRequest { Address = new CustomerAddressUpdateInput { Line1 = "2 Main St", PostalCode = "10002" } });
        Assert.Equal(2, withSecondAddress.Addresses!.Count);

        var address = await tratta.Customers.Addresses.CreateAsync(customer.Id, new AddressRequest { PostalCode = "10005", Line1 = "1 Wall St", IsPrimary = true });
        Assert.Equal(3, (await tratta.Customers.Addresses.ListAsync(customer.Id)).Count);
        var moved = await tratta.Customers.Addresses.UpdateAsync(customer.Id, address.Id!, new AddressRequest { PostalCode = "10006", IsPrimary = false });
        Assert.Equal("10006", moved.PostalCode);
        Assert.False(moved.IsPrimary);

        var card = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "Jane Doe", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "30", CardSecurityCode = "123" },
        });
        var ach = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Ach = new AchInput { AccountHolder = "Jane Doe", AccountType = AccountType.Savings, RoutingNumber = "021000021", AccountNumber = "123456789", AccountZip = "10118", AccountState = "NY" },
        });

        Assert.IsType<ImmediateCharge>(await tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 10m, DebtAccountExternalId = debtAccount, PaymentMethodId = card.Id }));
        Assert.IsType<ScheduledCharge>(await tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 10m, DebtAccountExternalId = debtAccount, PaymentMethodId = ach.Id, ScheduledAt = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5) }));
        Assert.IsType<ImmediateCharge>(await tratta.Charges.CreateAsync(new CreateChargeRequest
        {
            Amount = 10m,
            DebtAccountExternalId = debtAccount,
            Card = new CardInput { CardHolder = "Jane Doe", CardNumber = "5555555555554444", CardExpirationMonth = 1, CardExpirationYear = "31" },
            BillingAddress = new BillingAddressInput { PostalCode = "10118", City = "New York" },
        }));
        Assert.IsType<ImmediateCharge>(await tratta.Charges.CreateAsync(new CreateChargeRequest
        {
            Amount = 10m,
            DebtAccountExternalId = debtAccount,
            Ach = new AchInput { AccountHolder = "Jane Doe", AccountType = AccountType.Checking, RoutingNumber = "011000015", AccountNumber = "987654321", AccountZip = "10118", AccountState = "NY" },
            SendEmail = false,
        }));
        var scheduledWithCard = Assert.IsType<ScheduledCharge>(await tratta.Charges.CreateAsync(new CreateChargeRequest
        {
            Amount = 10m,
            DebtAccountExternalId = debtAccount,
            ScheduledAt = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3),
            Card = new CardInput { CardHolder = "Jane Doe", CardNumber = "4242424242424242", CardExpirationMonth = 6, CardExpirationYear = "32" },
        }));
        Assert.Equal("4242", scheduledWithCard.PaymentMethod!.CardToken!.CardNumber);
        var rejected = await Assert.ThrowsAsync<ApiValidationException>(() => tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 1_000_000m, DebtAccountExternalId = debtAccount, PaymentMethodId = card.Id }));
        Assert.Contains("amount", rejected.Errors.Keys);

        Assert.True((await tratta.Customers.Addresses.DeleteAsync(customer.Id, address.Id!)).Success);
        Assert.True((await tratta.Customers.DeleteAsync(customer.Id)).Success);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => tratta.Customers.GetAsync(customer.Id));
    }
}
