using System.Collections.Generic;
using System.Text.Json;
using Tratta.Sandbox.State;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.Operations;

/// <summary>Create, list, get, update and delete customers; each one atomic in the state.</summary>
internal sealed class CustomerOperations(SandboxState state)
{
    public Outcome<CustomerView> Create(JsonElement body) => state.Transact(store =>
    {
        var errors = new ValidationErrors();
        var input = CustomerRequestValidator.ValidateCreate(new InputObject(body, string.Empty, errors), store);
        if (input is null)
        {
            return Outcome<CustomerView>.Invalid(errors);
        }

        var customer = new Customer(
            Identifiers.NewId(), input.ExternalId, input.Name!, input.Email, input.Phone, input.DateOfBirth,
            input.SsnLast4, input.Metadata.ApplyTo([]));
        var entry = store.AddCustomer(customer);
        if (input.Address is { } address)
        {
            entry.Addresses.Add(address);
        }

        return Outcome<CustomerView>.Ok(entry.ToView());
    });

    public IReadOnlyList<CustomerView> List() => state.Transact(store => store.ListCustomers());

    public Outcome<CustomerView> Get(string idOrExternalId) => state.Transact(store =>
        store.FindCustomer(idOrExternalId) is { } entry
            ? Outcome<CustomerView>.Ok(entry.ToView())
            : Outcome<CustomerView>.NotFound());

    /// <summary>Changes only the fields sent; an address with an id updates it, one without adds an address.</summary>
    public Outcome<CustomerView> Update(string idOrExternalId, JsonElement body) => state.Transact(store =>
    {
        if (store.FindCustomer(idOrExternalId) is not { } entry)
        {
            return Outcome<CustomerView>.NotFound();
        }

        var errors = new ValidationErrors();
        var input = CustomerRequestValidator.ValidateUpdate(new InputObject(body, string.Empty, errors), store, entry);
        if (input is null)
        {
            return Outcome<CustomerView>.Invalid(errors);
        }

        var current = entry.Customer;
        entry.Customer = current with
        {
            Name = input.Name ?? current.Name,
            Email = input.Email ?? current.Email,
            ExternalId = input.ExternalId ?? current.ExternalId,
            Phone = input.Phone ?? current.Phone,
            DateOfBirth = input.DateOfBirth ?? current.DateOfBirth,
            SsnLast4 = input.SsnLast4 ?? current.SsnLast4,
            Metadata = input.Metadata.ApplyTo(current.Metadata),
        };

        if (input.Address is { Id: { } addressId } update)
        {
            entry.Addresses.Update(addressId, update);
        }
        else if (input.Address is { } added)
        {
            entry.Addresses.Add(added);
        }

        return Outcome<CustomerView>.Ok(entry.ToView());
    });

    public bool Delete(string idOrExternalId) => state.Transact(store =>
    {
        if (store.FindCustomer(idOrExternalId) is not { } entry)
        {
            return false;
        }

        store.RemoveCustomer(entry);
        return true;
    });
}
