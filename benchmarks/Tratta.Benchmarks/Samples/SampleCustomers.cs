using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Tratta.Benchmarks.Samples;

/// <summary>
/// Customer responses shaped as the Tratta docs show them (the <c>data</c> envelope, <c>addresses</c>, metadata as a
/// list of <c>{"attribute", "value"}</c> entries), with Laravel's <c>links</c> and <c>meta</c> on a page. Written with
/// Utf8JsonWriter rather than by any of the serializers measured, so that none of them grades its own output.
/// </summary>
internal static class SampleCustomers
{
    public const int PageSize = 100;

    private static readonly string[] FirstNames = ["Jane", "Omar", "Li", "Maria", "Kwame", "Ines", "Dmitri", "Aiko", "Sean", "Priya"];
    private static readonly string[] LastNames = ["Doe", "Haddad", "Wei", "Garcia", "Mensah", "Moreau", "Volkov", "Tanaka", "Murphy", "Patel"];
    private static readonly string[] Cities = ["New York", "Brooklyn", "Jersey City", "Hoboken", "Yonkers"];

    /// <summary>The Tratta id of the customer of <see cref="EnvelopeJson"/>.</summary>
    public static string FirstId => IdOf(0);

    /// <summary>Get Customer's response: one customer in the <c>data</c> envelope.</summary>
    public static byte[] EnvelopeJson() => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        WriteCustomer(writer, 0);
        writer.WriteEndObject();
    });

    /// <summary>List Customers' response: the first page of <see cref="PageSize"/> customers, paginated as Laravel does.</summary>
    public static byte[] PageJson() => Write(writer =>
    {
        const string path = "https://" + SampleAccount.OrganizationId + ".production.tratta.io/api/v1/customers";
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        for (var index = 0; index < PageSize; index++)
        {
            WriteCustomer(writer, index);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("links");
        writer.WriteString("first", path + "?page=1");
        writer.WriteString("last", path + "?page=5");
        writer.WriteNull("prev");
        writer.WriteString("next", path + "?page=2");
        writer.WriteEndObject();
        writer.WriteStartObject("meta");
        writer.WriteNumber("current_page", 1);
        writer.WriteNumber("from", 1);
        writer.WriteNumber("last_page", 5);
        writer.WriteString("path", path);
        writer.WriteNumber("per_page", PageSize);
        writer.WriteNumber("to", PageSize);
        writer.WriteNumber("total", 480);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static string IdOf(int index) => "5f0c6a2e-8d3b-4c59-9a51-" + (0x2b7e3c1d9f40L + index).ToString("x12", CultureInfo.InvariantCulture);

    // Two addresses (a primary home with a second line, a work address without one) and three metadata entries: what
    // a debtor imported from a collection agency's system typically carries.
    private static void WriteCustomer(Utf8JsonWriter writer, int index)
    {
        var first = FirstNames[index % FirstNames.Length];
        var last = LastNames[index / FirstNames.Length % LastNames.Length];
        writer.WriteStartObject();
        writer.WriteString("id", IdOf(index));
        writer.WriteString("external_id", "crm-" + (1001 + index).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("name", first + " " + last);
        writer.WriteString("email", (first + "." + last + index.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant() + "@example.com");
        writer.WriteString("phone", "212555" + (1000 + index).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("dob", new DateOnly(1960, 1, 1).AddDays(index * 97).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("ssn", (index % 10000).ToString("0000", CultureInfo.InvariantCulture));
        writer.WriteStartArray("addresses");
        WriteAddress(writer, index, 0, "Home", (100 + index).ToString(CultureInfo.InvariantCulture) + " 5th Ave", "Apt " + (index % 40 + 1).ToString(CultureInfo.InvariantCulture), isPrimary: true);
        WriteAddress(writer, index, 1, "Work", "350 5th Ave", line2: null, isPrimary: false);
        writer.WriteEndArray();
        writer.WriteStartArray("metadata");
        WriteEntry(writer, "account_segment", index % 3 == 0 ? "retail" : "medical");
        WriteEntry(writer, "source", "import-2023-02");
        WriteEntry(writer, "preferred_contact", index % 2 == 0 ? "email" : "phone");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter writer, int customer, int number, string name, string line1, string? line2, bool isPrimary)
    {
        writer.WriteStartObject();
        writer.WriteString("id", "0d4a8f5e-1b2c-4d3e-8f9a-" + (customer * 2L + number).ToString("x12", CultureInfo.InvariantCulture));
        writer.WriteString("name", name);
        writer.WriteString("city", Cities[(customer + number) % Cities.Length]);
        writer.WriteString("postal_code", (10001 + (customer + number) % 280).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("country", "US");
        writer.WriteString("line1", line1);
        if (line2 is null)
        {
            writer.WriteNull("line2");
        }
        else
        {
            writer.WriteString("line2", line2);
        }

        writer.WriteString("state", "NY");
        writer.WriteBoolean("is_primary", isPrimary);
        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, string attribute, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("attribute", attribute);
        writer.WriteString("value", value);
        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
