using System;
using System.Collections.Generic;
using System.Linq;

namespace Tratta.Sandbox.State;

/// <summary>
/// Everything the sandbox holds. Not thread-safe by itself: it is only reachable through
/// <see cref="SandboxState.Transact{T}"/>, which runs one operation at a time.
/// </summary>
internal sealed class SandboxStore
{
    private readonly Dictionary<string, SandboxDebtAccount> _debtAccounts = new(StringComparer.Ordinal);

    // A list, not a dictionary: List Customers returns them in creation order, and a sandbox holds few enough
    // customers that finding one by id or external_id with a scan costs nothing.
    private readonly List<CustomerEntry> _customers = [];

    private readonly Dictionary<string, PaymentMethod> _paymentMethods = new(StringComparer.Ordinal);

    public SandboxStore(IEnumerable<SandboxDebtAccount> debtAccounts)
    {
        foreach (var account in debtAccounts)
        {
            if (!_debtAccounts.TryAdd(account.ExternalId, account))
            {
                throw new ArgumentException($"The debt account '{account.ExternalId}' is listed twice.", nameof(debtAccounts));
            }
        }
    }

    public SandboxDebtAccount? FindDebtAccount(string externalId) => _debtAccounts.GetValueOrDefault(externalId);

    public IReadOnlyList<SandboxDebtAccount> DebtAccounts() => _debtAccounts.Values.ToArray();

    public void ReplaceDebtAccount(SandboxDebtAccount account) => _debtAccounts[account.ExternalId] = account;

    /// <summary>
    /// The customer a path segment names: its Tratta id, or else its external_id (the docs' {id|external_id}).
    /// The id wins, so an external_id that happens to equal another customer's id cannot shadow that customer.
    /// </summary>
    public CustomerEntry? FindCustomer(string idOrExternalId) =>
        _customers.Find(entry => entry.Customer.Id == idOrExternalId)
        ?? _customers.Find(entry => entry.Customer.ExternalId == idOrExternalId);

    public bool IsExternalIdTaken(string externalId, string? exceptCustomerId) =>
        _customers.Exists(entry => entry.Customer.ExternalId == externalId && entry.Customer.Id != exceptCustomerId);

    public IReadOnlyList<CustomerView> ListCustomers() => _customers.Select(entry => entry.ToView()).ToArray();

    public CustomerEntry AddCustomer(Customer customer)
    {
        var entry = new CustomerEntry(customer);
        _customers.Add(entry);
        return entry;
    }

    /// <summary>Removes the customer with its addresses and payment methods (charges keep their own copies).</summary>
    public void RemoveCustomer(CustomerEntry entry)
    {
        _customers.Remove(entry);
        foreach (var owned in _paymentMethods.Values.Where(method => method.CustomerId == entry.Customer.Id).ToArray())
        {
            _paymentMethods.Remove(owned.Id);
        }
    }

    /// <summary>An address of any customer (billing_address_id is not tied to a customer in the charge request).</summary>
    public Address? FindAddress(string id)
    {
        foreach (var entry in _customers)
        {
            if (entry.Addresses.Find(id) is { } address)
            {
                return address;
            }
        }

        return null;
    }

    public PaymentMethod? FindPaymentMethod(string id) => _paymentMethods.GetValueOrDefault(id);

    public bool HasPaymentMethods(string customerId) =>
        _paymentMethods.Values.Any(method => method.CustomerId == customerId);

    public void AddPaymentMethod(PaymentMethod method) => _paymentMethods.Add(method.Id, method);
}
