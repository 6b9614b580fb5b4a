using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tratta.Client.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;

namespace Tratta.Client.Tests;

/// <summary>AddTrattaClient registers a typed client of IHttpClientFactory with options bound from the Tratta section.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_client_is_resolved_with_options_from_the_Tratta_configuration_section()
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tratta:OrganizationId"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            ["Tratta:ApiKey"] = "sk_from_config",
            ["Tratta:Resilience:Retry:MaxRetryAttempts"] = "2",
            ["Tratta:Resilience:AttemptTimeout:Timeout"] = "00:00:10",
            ["Tratta:Resilience:CircuitBreaker:SamplingDuration"] = "00:00:20",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrattaClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<TrattaClientOptions>>().Value;
        var result = await provider.GetRequiredService<ITrattaClient>().Customers.DeleteAsync("c1");

        Assert.True(result.Success);
        Assert.Equal(2, options.Resilience.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Resilience.AttemptTimeout.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Resilience.CircuitBreaker.SamplingDuration);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://3f2504e0-4f89-41d3-9a0c-0305e82c3301.production.tratta.io/api/v1/customers/c1", request.Uri.ToString());
        Assert.Contains("Authorization: Bearer sk_from_config", request.Headers);
        Assert.NotNull(provider.GetRequiredService<TrattaClient>());
    }

    [Fact]
    public void Invalid_options_fail_when_the_client_is_resolved_with_every_problem()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrattaClient(options => options.OrganizationId = "acme");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITrattaClient>());

        Assert.Contains("Tratta:OrganizationId must be a UUID", exception.Message);
        Assert.Contains("Set Tratta:ApiKey", exception.Message);
    }

    [Fact]
    public async Task The_client_can_be_configured_in_code()
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrattaClient(options =>
        {
            options.BaseUrl = new Uri("http://127.0.0.1:5080/api/v1/");
            options.ApiKey = "sandbox";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ITrattaClient>().Customers.DeleteAsync("c1");

        Assert.Equal("http://127.0.0.1:5080/api/v1/customers/c1", Assert.Single(handler.Requests).Uri.ToString());
    }

    [Fact]
    public async Task Registering_twice_adds_one_set_of_handlers_and_keeps_both_configure_steps()
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs));
        services.AddTrattaClient(options => options.BaseUrl = new Uri("http://127.0.0.1:5080/api/v1/"));
        services.AddTrattaClient(options => options.ApiKey = "sandbox").ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ITrattaClient>().Customers.DeleteAsync("c1");

        // A second logging handler would log the one attempt twice (and a second resilience handler retry twice over).
        Assert.Single(handler.Requests);
        Assert.Single(logs.Events, e => e.EventId.Name is "ApiAttempt");
    }

    [Fact]
    public async Task Through_dependency_injection_no_log_line_holds_the_filled_in_path()
    {
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.OK, Payloads.Read("delete-response.json"));
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
        services.AddTrattaClient(options =>
        {
            options.BaseUrl = new Uri("http://127.0.0.1:5080/api/v1/");
            options.ApiKey = "sandbox";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ITrattaClient>().Customers.DeleteAsync("CUST-SECRET-ID");

        Assert.NotEmpty(logs.Events);
        Assert.DoesNotContain("CUST-SECRET-ID", logs.AllText());
    }

    [Fact]
    public async Task A_resilience_handler_that_every_HttpClient_gets_never_sends_a_charge_twice()
    {
        // .NET Aspire's service defaults add Microsoft's standard handler to every HttpClient: it would retry the 503
        // of a POST that the payment-safe pipeline refuses to repeat.
        var handler = new CapturingHandler().RespondWith(HttpStatusCode.ServiceUnavailable, "{}").RespondWith(HttpStatusCode.Created, Payloads.Read("immediate-charge.json"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.ConfigureHttpClientDefaults(defaults => defaults.AddStandardResilienceHandler(options => options.Retry.Delay = TimeSpan.Zero));
        services.AddTrattaClient(options =>
        {
            options.BaseUrl = new Uri("http://127.0.0.1:5080/api/v1/");
            options.ApiKey = "sandbox";
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<ApiServerException>(() => provider.GetRequiredService<ITrattaClient>().Charges.CreateAsync(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "DEBT-1001", PaymentMethodId = "pm_1" }));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public void A_setting_the_options_do_not_have_is_reported_instead_of_ignored()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tratta:OrganizationId"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            ["Tratta:ApiKye"] = "sk_misspelt",
            ["Tratta:Resilience:MaxRetryAttempts"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrattaClient(configuration);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITrattaClient>());

        Assert.Contains("Tratta:ApiKye is not a setting of TrattaClientOptions", exception.Message);
        Assert.Contains("Tratta:Resilience:", exception.Message);
        Assert.Contains("MaxRetryAttempts", exception.Message);
        Assert.DoesNotContain("sk_misspelt", exception.Message);
    }
}
