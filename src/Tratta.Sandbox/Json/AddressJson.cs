using System.Text.Json;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Json;

/// <summary>Writes the spec's <c>Address</c>: every property, null when not set.</summary>
internal static class AddressJson
{
    public static void Write(Utf8JsonWriter writer, Address address)
    {
        writer.WriteStartObject();
        writer.WriteString("id", address.Id);
        writer.WriteString("name", address.Name);
        writer.WriteString("city", address.City);
        writer.WriteString("postal_code", address.PostalCode);
        writer.WriteString("country", address.Country);
        writer.WriteString("line1", address.Line1);
        writer.WriteString("line2", address.Line2);
        writer.WriteString("state", address.State);
        writer.WriteBoolean("is_primary", address.IsPrimary);
        writer.WriteEndObject();
    }
}
