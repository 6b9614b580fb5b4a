using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Tratta.Benchmarks.Json.HandWritten;

/// <summary>List Customers' response: the customers, and Laravel's paging links and counts when the server pages.</summary>
public sealed class CustomerPage
{
    [JsonPropertyName("data")]
    public IReadOnlyList<Customer> Data { get; set; } = [];

    [JsonPropertyName("links")]
    public PageLinks? Links { get; set; }

    [JsonPropertyName("meta")]
    public PageMeta? Meta { get; set; }
}

/// <summary>The links of a Laravel page.</summary>
public sealed class PageLinks
{
    [JsonPropertyName("first")]
    public string? First { get; set; }

    [JsonPropertyName("last")]
    public string? Last { get; set; }

    [JsonPropertyName("prev")]
    public string? Prev { get; set; }

    [JsonPropertyName("next")]
    public string? Next { get; set; }
}

/// <summary>The counts of a Laravel page (numbers here; the generated client also accepts them as strings).</summary>
public sealed class PageMeta
{
    [JsonPropertyName("current_page")]
    public int? CurrentPage { get; set; }

    [JsonPropertyName("from")]
    public int? From { get; set; }

    [JsonPropertyName("last_page")]
    public int? LastPage { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("per_page")]
    public int? PerPage { get; set; }

    [JsonPropertyName("to")]
    public int? To { get; set; }

    [JsonPropertyName("total")]
    public long? Total { get; set; }
}
