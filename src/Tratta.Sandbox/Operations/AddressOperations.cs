using System.Collections.Generic;
using System.Text.Json;
using Tratta.Sandbox.State;
using Tratta.Sandbox.Validation;

namespace Tratta.Sandbox.Operations;

/// <summary>
/// The address endpoints. The customer, then the address, are looked up before the body is validated: like
/// Laravel's route model binding, an unknown one is a 404 whatever the body says.
/// </summary>
internal sealed class AddressOperations(SandboxState state)
{
    public Outcome<Address> Create(string idOrExternalId, JsonElement body) => state.Transact(store =>
    {
        if (store.FindCustomer(idOrExternalId) is not { } entry)
        {
            return Outcome<Address>.NotFound();
        }

        var errors = new ValidationErrors();
        var input = AddressInputReader.Read(new InputObject(body, string.Empty, errors), PostalCodeRule.RequiredFiveDigits);
        return errors.HasErrors ? Outcome<Address>.Invalid(errors) : Outcome<Address>.Ok(entry.Addresses.Add(input));
    });

    public Outcome<IReadOnlyList<Address>> List(string idOrExternalId) => state.Transact(store =>
        store.FindCustomer(idOrExternalId) is { } entry
            ? Outcome<IReadOnlyList<Address>>.Ok(entry.Addresses.Snapshot())
            : Outcome<IReadOnlyList<Address>>.NotFound());

    public Outcome<Address> Update(string idOrExternalId, string addressId, JsonElement body) => state.Transact(store =>
    {
        if (store.FindCustomer(idOrExternalId) is not { } entry || entry.Addresses.Find(addressId) is null)
        {
            return Outcome<Address>.NotFound();
        }

        var errors = new ValidationErrors();
        var input = AddressInputReader.Read(new InputObject(body, string.Empty, errors), PostalCodeRule.RequiredFiveDigits);
        return errors.HasErrors
            ? Outcome<Address>.Invalid(errors)
            : Outcome<Address>.Ok(entry.Addresses.Update(addressId, input)!);
    });

    public bool Delete(string idOrExternalId, string addressId) => state.Transact(store =>
        store.FindCustomer(idOrExternalId) is { } entry && entry.Addresses.Remove(addressId));
}
