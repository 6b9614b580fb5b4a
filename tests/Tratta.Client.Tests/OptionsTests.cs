using System;
using Xunit;

namespace Tratta.Client.Tests;

/// <summary>Options are validated on construction, with messages that say what to change and never show the key.</summary>
public sealed class OptionsTests
{
    private const string OrganizationId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Fact]
    public void The_organization_id_makes_the_production_base_url()
    {
        var options = new TrattaClientOptions { OrganizationId = OrganizationId, ApiKey = "key" };

        Assert.Empty(options.Validate());
        Assert.Equal($"https://{OrganizationId}.production.tratta.io/api/v1/", options.GetBaseAddress().ToString());
    }

    [Theory]
    [InlineData("https://sandbox.example.test/api/v1", "https://sandbox.example.test/api/v1/")]
    [InlineData("http://127.0.0.1:5080/api/v1/", "http://127.0.0.1:5080/api/v1/")]
    [InlineData("http://localhost:5080/api/v1/", "http://localhost:5080/api/v1/")]
    [InlineData("http://[::1]:5080/api/v1/", "http://[::1]:5080/api/v1/")]
    public void An_explicit_base_url_wins_and_ends_with_a_slash(string url, string expected)
    {
        var options = new TrattaClientOptions { BaseUrl = new Uri(url), ApiKey = "key", OrganizationId = "not used" };

        Assert.Empty(options.Validate());
        Assert.Equal(expected, options.GetBaseAddress().ToString());
    }

    [Theory]
    [InlineData(null, null, "sk_test_4d9f", "Set Tratta:OrganizationId or Tratta:BaseUrl.")]
    [InlineData("acme", null, "sk_test_4d9f", "Tratta:OrganizationId must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; the value set (4 characters) is not one.")]
    [InlineData(null, "https://user:secret@api.example.test/api/v1/", "sk_test_4d9f", "Tratta:BaseUrl must be a plain base URL without user name, password, query or fragment, like https://example.test/api/v1/; credentials have settings of their own.")]
    [InlineData(null, "https://api.example.test/api/v1/?key=secret", "sk_test_4d9f", "Tratta:BaseUrl must be a plain base URL without user name, password, query or fragment, like https://example.test/api/v1/; credentials have settings of their own.")]
    [InlineData(null, "http://api.example.test/api/v1/", "sk_test_4d9f", "Tratta:BaseUrl must use https unless it is a loopback address (localhost, 127.0.0.1, [::1]): over plain http to api.example.test the credentials would cross the network readable by anyone on the way.")]
    [InlineData(null, "http://10.0.0.5/api/v1/", "sk_test_4d9f", "Tratta:BaseUrl must use https unless it is a loopback address (localhost, 127.0.0.1, [::1]): over plain http to 10.0.0.5 the credentials would cross the network readable by anyone on the way.")]
    [InlineData(OrganizationId, null, null, "Set Tratta:ApiKey (the bearer token).")]
    [InlineData(OrganizationId, null, "sk_live abc", "Tratta:ApiKey contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them.")]
    [InlineData(OrganizationId, null, "sk_live_abc\n", "Tratta:ApiKey contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them.")]
    [InlineData(OrganizationId, null, "sk_live\u00a0abc", "Tratta:ApiKey contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them.")]
    [InlineData(OrganizationId, null, "sk_live_abc\r\nX-Injected: 1", "Tratta:ApiKey contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them.")]
    public void Invalid_options_are_reported_with_what_to_change(string? organizationId, string? baseUrl, string? apiKey, string expected)
    {
        var options = new TrattaClientOptions { OrganizationId = organizationId, BaseUrl = baseUrl is null ? null : new Uri(baseUrl), ApiKey = apiKey };

        Assert.Equal([expected], options.Validate());
        var exception = Assert.Throws<InvalidOperationException>(() => new TrattaClient(new System.Net.Http.HttpClient(), options));
        Assert.Contains(expected, exception.Message);
        if (apiKey is not null)
        {
            Assert.DoesNotContain(apiKey.Trim(), exception.Message);
        }
    }

    [Fact]
    public void An_api_key_pasted_as_the_organization_id_is_not_repeated_in_the_message()
    {
        var options = new TrattaClientOptions { OrganizationId = "sk_live_SECRETKEY", ApiKey = "sk_live_SECRETKEY" };

        var exception = Assert.Throws<InvalidOperationException>(options.ThrowIfInvalid);

        Assert.DoesNotContain("SECRETKEY", exception.Message);
    }

    [Fact]
    public void The_production_url_is_the_spec_s_server_whose_organization_variable_the_options_fill_in() =>
        Assert.Equal("https://{organization}.production.tratta.io/api/v1", TrattaClient.ServerUrl);

    [Fact]
    public void ToString_shows_no_value_that_could_be_a_key_set_in_the_wrong_place()
    {
        var text = new TrattaClientOptions { OrganizationId = "sk_live_SECRETKEY", BaseUrl = new Uri("https://user:sk_pass@api.example.test/api/v1/?api_key=sk_query"), ApiKey = "k" }.ToString();

        Assert.DoesNotContain("SECRETKEY", text);
        Assert.DoesNotContain("sk_pass", text);
        Assert.DoesNotContain("sk_query", text);
        Assert.Contains("https://api.example.test/api/v1/", text);
        Assert.Contains($"OrganizationId = {OrganizationId}", new TrattaClientOptions { OrganizationId = OrganizationId }.ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new TrattaClientOptions { OrganizationId = "acme", ApiKey = " " };
        options.Resilience.Retry.MaxRetryAttempts = -1;
        options.Resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);

        // The organization id, the key, the retry count, the attempt timeout longer than the total, and the circuit
        // breaker's sampling shorter than two attempts.
        Assert.Equal(5, options.Validate().Count);
    }

    [Fact]
    public void Create_rejects_resilience_settings_Polly_would_refuse_with_every_problem_listed()
    {
        var options = new TrattaClientOptions { OrganizationId = OrganizationId, ApiKey = "k" };
        options.Resilience.Retry.MaxRetryAttempts = -1;

        var exception = Assert.Throws<InvalidOperationException>(() => TrattaClient.Create(options));

        Assert.Contains("Resilience", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_on_the_callers_own_HttpClient_checks_the_address_and_credentials_but_not_the_unused_resilience_settings()
    {
        var options = new TrattaClientOptions { OrganizationId = OrganizationId, ApiKey = "k" };
        options.Resilience.Retry.MaxRetryAttempts = -1;
        using var httpClient = new System.Net.Http.HttpClient();

        _ = new TrattaClient(httpClient, options);
        Assert.Throws<InvalidOperationException>(() => new TrattaClient(httpClient, new TrattaClientOptions { OrganizationId = OrganizationId, ApiKey = " " }));
    }

    [Fact]
    public void ToString_never_shows_the_api_key()
    {
        var text = new TrattaClientOptions { OrganizationId = OrganizationId, ApiKey = "sk_live_very_secret" }.ToString();

        Assert.DoesNotContain("sk_live_very_secret", text);
        Assert.Contains("ApiKey = [REDACTED]", text);
    }
}
