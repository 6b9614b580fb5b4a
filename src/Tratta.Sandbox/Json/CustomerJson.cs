using System.Text.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Json;

/// <summary>
/// Writes a customer as the docs show it: metadata as a list of <c>{"attribute", "value"}</c> entries, and the
/// addresses as <c>address</c> in the Create Customer response but <c>addresses</c> everywhere else. The spec reads
/// both (<c>x-tratta-aliases</c>, <c>x-tratta-entry-list</c>), so these are the forms that check it.
/// </summary>
internal static class CustomerJson
{
    /// <summary>The Create Customer response's name for the address list.</summary>
    public static void WriteCreated(Utf8JsonWriter writer, CustomerView view) => Write(writer, view, "address");

    public static void Write(Utf8JsonWriter writer, CustomerView view) => Write(writer, view, "addresses");

    private static void Write(Utf8JsonWriter writer, CustomerView view, string addressesName)
    {
        var customer = view.Customer;
        writer.WriteStartObject();
        writer.WriteString("id", customer.Id);
        writer.WriteString("external_id", customer.ExternalId);
        writer.WriteString("name", customer.Name);
        writer.WriteString("email", customer.Email);
        writer.WriteString("phone", customer.Phone);
        if (customer.DateOfBirth is { } dateOfBirth)
        {
            writer.WriteString("dob", SandboxFormats.Date(dateOfBirth));
        }
        else
        {
            writer.WriteNull("dob");
        }

        writer.WriteString("ssn", customer.SsnLast4);

        writer.WriteStartArray(addressesName);
        foreach (var address in view.Addresses)
        {
            AddressJson.Write(writer, address);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("metadata");
        foreach (var pair in customer.Metadata)
        {
            writer.WriteStartObject();
            writer.WriteString("attribute", pair.Key);
            writer.WriteString("value", pair.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
