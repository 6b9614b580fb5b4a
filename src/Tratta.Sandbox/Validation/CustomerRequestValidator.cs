using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// The rules of Create Customer and Update Customer. Runs inside the state's transaction because external_id must
/// be unique (the {customer} path segment takes an external_id, so two customers cannot share one) and an
/// address id must belong to the customer.
/// </summary>
internal static class CustomerRequestValidator
{
    public static CustomerInput? ValidateCreate(InputObject body, SandboxStore store)
    {
        var name = body.ReadString("name", required: true);
        var input = ReadCommonFields(body, store, name, exceptCustomerId: null);

        AddressInput? address = null;
        if (body.ReadObject("address") is { } sentAddress)
        {
            address = AddressInputReader.Read(sentAddress, PostalCodeRule.OptionalString);
        }

        var metadata = MetadataReader.Read(body);
        return body.Errors.HasErrors ? null : input with { Address = address, Metadata = metadata };
    }

    public static CustomerInput? ValidateUpdate(InputObject body, SandboxStore store, CustomerEntry customer)
    {
        var name = body.ReadString("name");
        var input = ReadCommonFields(body, store, name, exceptCustomerId: customer.Customer.Id);

        AddressInput? address = null;
        if (body.ReadObject("address") is { } sentAddress)
        {
            address = AddressInputReader.Read(sentAddress, PostalCodeRule.RequiredWithoutId);
            if (address.Id is not null && customer.Addresses.Find(address.Id) is null)
            {
                sentAddress.Fail("id", Messages.Invalid);
            }
        }

        var metadata = MetadataReader.Read(body);
        return body.Errors.HasErrors ? null : input with { Address = address, Metadata = metadata };
    }

    private static CustomerInput ReadCommonFields(InputObject body, SandboxStore store, string? name, string? exceptCustomerId)
    {
        var email = body.ReadString("email");
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            body.Fail("email", Messages.Email);
        }

        var externalId = body.ReadString("external_id");
        if (externalId is not null && store.IsExternalIdTaken(externalId, exceptCustomerId))
        {
            body.Fail("external_id", Messages.Taken);
        }

        string? phone = null;
        if (body.ReadString("phone") is { } sentPhone)
        {
            phone = UsPhoneNumbers.Normalize(sentPhone);
            if (phone is null)
            {
                body.Fail("phone", Messages.UsPhone);
            }
        }

        var dateOfBirth = body.ReadDate("date_of_birth");
        var ssnLast4 = body.ReadDigits("ssn_last4", 4);
        return new CustomerInput(name, email, externalId, phone, dateOfBirth, ssnLast4, null, MetadataChanges.None);
    }
}
