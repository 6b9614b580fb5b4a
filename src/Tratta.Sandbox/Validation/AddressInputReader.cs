namespace Tratta.Sandbox.Validation;

/// <summary>Reads the address fields shared by Create/Update Customer, the address endpoints and billing_address.</summary>
internal static class AddressInputReader
{
    public static AddressInput Read(InputObject address, PostalCodeRule postalCodeRule)
    {
        var id = postalCodeRule == PostalCodeRule.RequiredWithoutId ? address.ReadString("id") : null;
        var name = address.ReadString("name");
        var line1 = address.ReadString("line1");
        var line2 = address.ReadString("line2");
        var city = address.ReadString("city");

        var postalCode = postalCodeRule switch
        {
            PostalCodeRule.RequiredFiveDigits => address.ReadDigits("postal_code", 5, required: true),
            PostalCodeRule.RequiredWithoutId => ReadPostalCodeRequiredWithoutId(address, hasId: id is not null),
            _ => address.ReadText("postal_code"),
        };

        var state = address.ReadString("state");
        var country = address.ReadString("country");
        var isPrimary = address.ReadBoolean("is_primary");
        return new AddressInput(id, name, line1, line2, city, postalCode, state, country, isPrimary);
    }

    // "required (only when id doesnt exist)": Laravel's required_without:address.id.
    private static string? ReadPostalCodeRequiredWithoutId(InputObject address, bool hasId)
    {
        if (!hasId && !address.IsPresent("postal_code"))
        {
            address.Fail("postal_code", path => Messages.RequiredWithout(path, address.PathOf("id")));
            return null;
        }

        return address.ReadText("postal_code");
    }
}
