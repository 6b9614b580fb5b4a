using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Tratta.Client;
using Tratta.Runtime;

namespace Tratta.Sample;

/// <summary>
/// A whole payment flow with the generated client: a customer with an address and metadata, payment methods, an
/// immediate and a scheduled charge, the two kinds of rejection, then the clean-up.
/// </summary>
internal sealed class PaymentFlow(ITrattaClient tratta, Connection connection, Transcript transcript)
{
    public async Task RunAsync()
    {
        var externalId = $"sample-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(1000, 9999)}";

        var customer = await tratta.Customers.CreateAsync(new CreateCustomerRequest
        {
            Name = "Jane Doe",
            Email = "jane.doe@example.com",
            ExternalId = externalId,
            Phone = "(212) 555-0100",
            DateOfBirth = new DateOnly(1991, 12, 31),
            SsnLast4 = "6789",
            Address = new CustomerAddressInput { Name = "Home", Line1 = "350 5th Ave", City = "New York", State = "NY", PostalCode = "10118", Country = "US" },
            Metadata = new Dictionary<string, string> { ["crm_id"] = "CRM-42", ["segment"] = "retail" },
        });
        transcript.Step("Create customer", $"{customer.Id} \"{customer.Name}\", {customer.Addresses?.Count ?? 0} address, metadata {Describe(customer.Metadata)}");

        var fetched = await tratta.Customers.GetAsync(externalId);
        Expect(fetched.Id == customer.Id, "getting the customer by its external_id returned another customer");
        transcript.Step("Get customer by external_id", $"{externalId} -> {fetched.Id}");

        var office = await tratta.Customers.Addresses.CreateAsync(customer.Id, new AddressRequest { Name = "Office", Line1 = "1 Wall St", City = "New York", State = "NY", PostalCode = "10005", IsPrimary = false });
        var addresses = await tratta.Customers.Addresses.ListAsync(customer.Id);
        transcript.Step("Add and list addresses", $"{addresses.Count} addresses, primary: {addresses.Single(a => a.IsPrimary == true).Name}");

        var card = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Card = new CardInput { CardHolder = "Jane Doe", CardNumber = "4242424242424242", CardExpirationMonth = 12, CardExpirationYear = "30", CardSecurityCode = "123", CardPostalCode = "10118" },
        });
        transcript.Step("Add a card", $"{card.Id} {card.CardToken?.CardType} ending {card.CardToken?.CardNumber}");

        var ach = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest
        {
            Ach = new AchInput { AccountHolder = "Jane Doe", AccountType = AccountType.Checking, RoutingNumber = "021000021", AccountNumber = "123456789", AccountZip = "10118", AccountState = "NY" },
        });
        transcript.Step("Add an ACH bank account", $"{ach.Id} {ach.BankAccount?.AccountType} account ending {ach.BankAccount?.AccountNumber}");

        var before = connection.Balance(connection.DebtAccount);
        var immediate = await tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 25.00m, DebtAccountExternalId = connection.DebtAccount, PaymentMethodId = card.Id, Email = "jane.doe@example.com" });
        var paid = Expect<ImmediateCharge>(immediate, "a charge without scheduled_at should run immediately");
        var afterImmediate = connection.Balance(connection.DebtAccount);
        Expect(before is null || afterImmediate == before - 25.00m, "the immediate charge did not take $25.00 off the balance");
        transcript.Step("Charge $25.00 now", $"{paid.Id} reference {paid.ReferenceNumber}, success: {paid.Success}" + Balance(before, afterImmediate));

        var scheduledDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var later = await tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 40.00m, DebtAccountExternalId = connection.DebtAccount, PaymentMethodId = ach.Id, ScheduledAt = scheduledDate });
        var scheduled = Expect<ScheduledCharge>(later, "a charge scheduled in a week should be scheduled");
        var afterScheduled = connection.Balance(connection.DebtAccount);
        Expect(afterScheduled == afterImmediate, "the scheduled charge changed the balance before its day");
        transcript.Step("Schedule $40.00 in a week", $"{scheduled.Id} on {scheduled.ScheduledAt:yyyy-MM-dd}" + (afterScheduled is { } unchanged ? $"; balance still {Dollars(unchanged)}" : ""));

        try
        {
            await tratta.Charges.CreateAsync(new CreateChargeRequest
            {
                Amount = 10m,
                DebtAccountExternalId = "",
                ScheduledAt = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
                Card = new CardInput { CardHolder = "Jane Doe", CardNumber = "4242424242424241", CardExpirationMonth = 13, CardExpirationYear = "2030" },
            });
            throw new InvalidOperationException("an invalid charge was not rejected by the client");
        }
        catch (ApiValidationException invalid) when (invalid.StatusCode is null)
        {
            transcript.Step("Invalid charge (client-side)", $"rejected before sending, {invalid.Errors.Count} errors:");
            foreach (var (field, messages) in invalid.Errors)
            {
                transcript.Detail($"{field}: {string.Join(" ", messages)}");
            }
        }

        try
        {
            await tratta.Charges.CreateAsync(new CreateChargeRequest { Amount = 1_000_000m, DebtAccountExternalId = connection.DebtAccount, PaymentMethodId = card.Id });
            throw new InvalidOperationException("a charge above the balance was not rejected by the server");
        }
        catch (ApiValidationException rejected) when (rejected.StatusCode is not null)
        {
            transcript.Step("Charge above the balance (server)", $"{(int)rejected.StatusCode}: {rejected.Errors.Message}");
            foreach (var (field, messages) in rejected.Errors)
            {
                transcript.Detail($"{field}: {string.Join(" ", messages)}");
            }
        }

        var updated = await tratta.Customers.UpdateAsync(customer.Id, new UpdateCustomerRequest { Name = "Jane Q. Doe", Metadata = new Dictionary<string, string> { ["segment"] = "priority" } });
        transcript.Step("Update customer", $"\"{updated.Name}\", metadata {Describe(updated.Metadata)}");

        var removedAddress = await tratta.Customers.Addresses.DeleteAsync(customer.Id, office.Id!);
        var removedCustomer = await tratta.Customers.DeleteAsync(customer.Id);
        Expect(removedAddress.Success && removedCustomer.Success, "a delete did not succeed");
        transcript.Step("Delete address and customer", "success");

        try
        {
            await tratta.Customers.GetAsync(customer.Id);
            throw new InvalidOperationException("a deleted customer was still found");
        }
        catch (ApiNotFoundException gone)
        {
            transcript.Step("Get the deleted customer", $"{(int)gone.StatusCode!}: {gone.ServerMessage}");
        }
    }

    private string Balance(decimal? before, decimal? after) =>
        before is { } old && after is { } now
            ? $"; {connection.DebtAccount} balance {Dollars(old)} -> {Dollars(now)}"
            : "";

    private static string Dollars(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Describe(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is null || metadata.Count == 0 ? "(none)" : "{" + string.Join(", ", metadata.Select(m => $"{m.Key}: {m.Value}")) + "}";

    private static T Expect<T>(Charge charge, string reason)
        where T : Charge =>
        charge as T ?? throw new InvalidOperationException(reason + $", but the API returned a {charge.GetType().Name}.");

    private static void Expect(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InvalidOperationException(reason + ".");
        }
    }
}
