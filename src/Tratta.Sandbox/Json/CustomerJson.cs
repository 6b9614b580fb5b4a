using System.Text.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Json;

/// <summary>
/// Writes the spec's <c>Customer</c>. Two choices follow the spec rather than one page of the docs: the addresses
/// are always <c>addresses</c> (the docs' Create response says <c>address</c>, the spec's name is <c>addresses</c>),
/// and metadata is an object of key/value pairs (the docs show a list of {attribute, value}, the spec's
/// MetadataMap is <c>type: object</c>).
/// </summary>
internal static class CustomerJson
{
    public static void Write(Utf8JsonWriter writer, CustomerView view)
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

        writer.WriteStartArray("addresses");
        foreach (var address in view.Addresses)
        {
            AddressJson.Write(writer, address);
        }

        writer.WriteEndArray();

        writer.WriteStartObject("metadata");
        foreach (var pair in customer.Metadata)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
