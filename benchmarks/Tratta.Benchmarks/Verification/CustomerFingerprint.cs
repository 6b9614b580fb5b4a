using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandWritten = Tratta.Benchmarks.Json.HandWritten;
using KiotaModels = Peers.Kiota.Models;

namespace Tratta.Benchmarks.Verification;

/// <summary>
/// One line of text per customer that is the same for every model that read the same JSON: every field, addresses in
/// order, metadata sorted by key (the generated client keeps a map, the hand-written types the docs' list of entries).
/// Comparing these lines checks that each way of reading did all the work, not just that it returned something.
/// </summary>
internal static class CustomerFingerprint
{
    /// <summary>What Kiota's model gives for metadata, which it cannot read (see <see cref="Of(KiotaModels.Customer)"/>).</summary>
    public const string MetadataNotRead = "{metadata not read}";

    public static string Of(Tratta.Client.Customer customer) => Line(
        customer.Id, customer.ExternalId, customer.Name, customer.Email, customer.Phone, Date(customer.Dob), customer.Ssn,
        customer.Addresses?.Select(address => Address(address.Id, address.Name, address.City, address.PostalCode, address.Country, address.Line1, address.Line2, address.IsPrimary)),
        Metadata(customer.Metadata?.Select(entry => (entry.Key, (string?)entry.Value))));

    public static string Of(HandWritten.Customer customer) => Line(
        customer.Id, customer.ExternalId, customer.Name, customer.Email, customer.Phone, Date(customer.Dob), customer.Ssn,
        customer.Addresses?.Select(address => Address(address.Id, address.Name, address.City, address.PostalCode, address.Country, address.Line1, address.Line2, address.IsPrimary)),
        Metadata(customer.Metadata?.Select(entry => (entry.Attribute, entry.Value))));

    /// <summary>
    /// Kiota reads metadata, a oneOf of an object and a list with no discriminator, into a wrapper with neither case
    /// set: the entries are lost. The line says so instead of comparing them; compare it with <see cref="WithoutMetadata"/>.
    /// </summary>
    public static string Of(KiotaModels.Customer customer) => Line(
        customer.Id, customer.ExternalId, customer.Name, customer.Email, customer.Phone,
        customer.Dob is { } dob ? new DateOnly(dob.Year, dob.Month, dob.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        customer.Ssn,
        customer.Addresses?.Select(address => Address(address.Id, address.Name, address.City, address.PostalCode, address.Country, address.Line1, address.Line2, address.IsPrimary)),
        MetadataNotRead);

    /// <summary>The line of a customer with its metadata replaced as in Kiota's line.</summary>
    public static string WithoutMetadata(string line) => line[..line.LastIndexOf('{')] + MetadataNotRead;

    private static string Line(string? id, string? externalId, string? name, string? email, string? phone, string? dob, string? ssn, IEnumerable<string>? addresses, string metadata) =>
        string.Join('|', Text(id), Text(externalId), Text(name), Text(email), Text(phone), Text(dob), Text(ssn), addresses is null ? "-" : "[" + string.Join(';', addresses) + "]", metadata);

    private static string Address(string? id, string? name, string? city, string? postalCode, string? country, string? line1, string? line2, bool? isPrimary) =>
        string.Join(',', Text(id), Text(name), Text(city), Text(postalCode), Text(country), Text(line1), Text(line2), isPrimary is null ? "-" : isPrimary.Value ? "primary" : "secondary");

    private static string Metadata(IEnumerable<(string Key, string? Value)>? entries) =>
        entries is null ? "-" : "{" + string.Join(',', entries.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => entry.Key + "=" + Text(entry.Value))) + "}";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(string? value) => value ?? "-";
}
