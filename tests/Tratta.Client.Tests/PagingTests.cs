using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;

namespace Tratta.Client.Tests;

/// <summary>List operations return a page, and walk every page by following Laravel's links.</summary>
public sealed class PagingTests
{
    private readonly CapturingHandler _handler = new();

    private TrattaClient Client => new(new HttpClient(_handler), new TrattaClientOptions { BaseUrl = new Uri("https://api.example.test/api/v1/"), ApiKey = "sk_test_key" });

    [Fact]
    public async Task Auto_paging_follows_the_next_links_across_three_pages()
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, "https://api.example.test/api/v1/customers?page=2", "c1", "c2"))
            .RespondWith(HttpStatusCode.OK, Page(2, "https://api.example.test/api/v1/customers?page=3", "c3", "c4"))
            .RespondWith(HttpStatusCode.OK, Page(3, null, "c5"));

        var ids = await ReadAllAsync();

        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], ids);
        Assert.Equal(
            ["https://api.example.test/api/v1/customers", "https://api.example.test/api/v1/customers?page=2", "https://api.example.test/api/v1/customers?page=3"],
            _handler.Requests.ConvertAll(r => r.Uri.ToString()));
        Assert.All(_handler.Requests, r => Assert.Contains("Authorization: Bearer sk_test_key", r.Headers));
    }

    [Fact]
    public async Task A_page_reads_laravel_meta_with_numbers_sent_as_strings()
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, "https://api.example.test/api/v1/customers?page=2", "c1", "c2"));

        var page = await Client.Customers.ListAsync();

        Assert.Equal(2, page.Count);
        Assert.Equal("c2", page[1].Id);
        Assert.True(page.HasMore);
        Assert.Equal(1, page.CurrentPage);
        Assert.Equal(3, page.LastPage);
        Assert.Equal(2, page.PerPage);
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task A_list_without_paging_information_is_one_page()
    {
        _handler.RespondWith(HttpStatusCode.OK, Payloads.Read("list-customers-response.json"));

        var all = await ReadAllAsync();

        Assert.Equal(2, all.Count);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_plain_paginator_with_next_page_url_is_followed_too()
    {
        _handler.RespondWith(HttpStatusCode.OK, """{"data": [{"id": "c1"}], "current_page": 1, "next_page_url": "https://api.example.test/api/v1/customers?page=2"}""")
            .RespondWith(HttpStatusCode.OK, """{"data": [{"id": "c2"}], "current_page": 2, "next_page_url": null}""");

        var ids = await ReadAllAsync();

        Assert.Equal(["c1", "c2"], ids);
    }

    [Theory]
    [InlineData("/api/v1/customers?page=2")]
    [InlineData("?page=2")]
    public async Task A_relative_next_link_is_followed_on_the_api_s_origin_from_the_page_that_named_it(string next)
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, next, "c1"))
            .RespondWith(HttpStatusCode.OK, Page(2, null, "c2"));

        var ids = await ReadAllAsync();

        Assert.Equal(["c1", "c2"], ids);
        Assert.Equal("https://api.example.test/api/v1/customers?page=2", _handler.Requests[1].Uri.ToString());
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_not_followed_so_the_key_never_leaves_the_api()
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, "https://evil.example.test/steal?page=2", "c1"));

        var read = new List<string>();
        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => ReadAllAsync(read));

        Assert.Equal(["c1"], read);
        Assert.Single(_handler.Requests);
        Assert.Contains("points away from the API's host", exception.Message);
    }

    [Theory]
    [InlineData("https://api.example.test/api/v1/customers?page=2")]
    [InlineData("https://api.example.test/api/v1/customers")]
    public async Task A_server_that_points_back_at_a_page_already_read_ends_the_walk_instead_of_looping(string repeatedLink)
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, "https://api.example.test/api/v1/customers?page=2", "c1"))
            .RespondWith(HttpStatusCode.OK, Page(2, repeatedLink, "c2"))
            .RespondWith(HttpStatusCode.OK, Page(2, repeatedLink, "c2"));

        var read = new List<string>();
        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => ReadAllAsync(read));

        Assert.Equal(["c1", "c2"], read);
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Contains("already read", exception.Message);
    }

    [Fact]
    public async Task The_generated_constructor_keeps_the_path_of_a_base_address_without_a_trailing_slash()
    {
        _handler.RespondWith(HttpStatusCode.OK, Page(1, null, "c1"));
        var client = new TrattaClient(new HttpClient(_handler) { BaseAddress = new Uri("https://api.example.test/api/v1") });

        await client.Customers.ListAsync();

        Assert.Equal("https://api.example.test/api/v1/customers", _handler.Requests[0].Uri.ToString());
    }

    /// <summary>The ids of every customer the auto-paging walk yields, into <paramref name="ids"/> as they come.</summary>
    private async Task<List<string>> ReadAllAsync(List<string>? ids = null)
    {
        ids ??= [];
        await foreach (var customer in Client.Customers.ListAutoPagingAsync())
        {
            ids.Add(customer.Id);
        }

        return ids;
    }

    private static string Page(int number, string? next, params string[] ids) => $$"""
        {
          "data": [{{string.Join(", ", Array.ConvertAll(ids, id => $$"""{"id": "{{id}}", "name": "Customer {{id}}"}"""))}}],
          "links": {"first": "https://api.example.test/api/v1/customers?page=1", "last": "https://api.example.test/api/v1/customers?page=3", "prev": null, "next": {{(next is null ? "null" : $"\"{next}\"")}}},
          "meta": {"current_page": {{number}}, "last_page": "3", "per_page": "2", "total": 5, "path": "https://api.example.test/api/v1/customers"}
        }
        """;
}
