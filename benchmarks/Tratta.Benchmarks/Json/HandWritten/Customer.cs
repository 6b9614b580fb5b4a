using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Tratta.Benchmarks.Json.HandWritten;

// A customer as returned by Get Customer and List Customers, written by hand for System.Text.Json. Metadata is kept
// in the form the docs show it returned (a list of attribute/value entries): a hand-written client would not turn
// it into a map unless asked to, and the list is the cheaper of the two to read.

/// <summary>Get Customer's response: <c>{"data": customer}</c>.</summary>
public sealed class CustomerEnvelope
{
    [JsonPropertyName("data")]
    public Customer Data { get; set; } = null!;
}

/// <summary>A customer (a debtor).</summary>
public sealed class Customer
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("external_id")]
    public string? ExternalId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    [JsonPropertyName("dob")]
    public DateOnly? Dob { get; set; }

    [JsonPropertyName("ssn")]
    public string? Ssn { get; set; }

    [JsonPropertyName("addresses")]
    public IReadOnlyList<Address>? Addresses { get; set; }

    [JsonPropertyName("metadata")]
    public IReadOnlyList<MetadataEntry>? Metadata { get; set; }
}

/// <summary>An address of a customer.</summary>
public sealed class Address
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    [JsonPropertyName("line2")]
    public string? Line2 { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("is_primary")]
    public bool? IsPrimary { get; set; }
}

/// <summary>One metadata key and its value, as the API returns them.</summary>
public sealed class MetadataEntry
{
    [JsonPropertyName("attribute")]
    public string Attribute { get; set; } = "";

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
