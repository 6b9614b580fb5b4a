using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tratta.Client;
using Tratta.Reliability.Tests.Infrastructure;
using Tratta.Runtime;
using Tratta.Sandbox;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Tratta.Reliability.Tests;

/// <summary>
/// The secrets promise of the README ("the API key and the fields the spec marks sensitive never appear in
/// ToString(), logs or exception messages") on its own: the scan itself, every request model and the options, and a
/// whole flow against the sandbox — successes, a server-side 422, a client-side validation failure and a 401 — with
/// every log event at Trace. The fault and load tests run the same scan over their own calls.
/// </summary>
public sealed class SecretLeakTests(ITestOutputHelper output)
{
    public static TheoryData<string> Secrets() => [.. TestSecrets.All.Select(secret => secret.Value)];

    [Theory]
    [MemberData(nameof(Secrets))]
    public void The_scan_finds_each_secret_where_it_could_leak(string secret)
    {
        var scan = new SecretScan();
        scan.Text("a log line", "nothing here");
        scan.Exception(new InvalidOperationException("outer", new HttpRequestException($"inner: \"{secret}\" was sent")));

        Assert.Throws<FailException>(scan.AssertNoSecret);
    }

    [Fact]
    public void The_scan_does_not_take_digits_inside_a_number_or_an_id_for_a_short_secret()
    {
        var scan = new SecretScan();
        scan.Text("durations and ids", $"elapsed 12.{TestSecrets.CardSecurityCode} ms, port 4{TestSecrets.SsnLast4}, id 5b0e6a4c-{TestSecrets.SsnLast4}-4e1a");

        scan.AssertNoSecret();
    }

    [Fact]
    public void Request_models_and_options_print_no_secret()
    {
        var scan = new SecretScan();
        scan.Model(TestSecrets.Card());
        scan.Model(TestSecrets.Ach());
        scan.Model(TestSecrets.Customer("models"));
        scan.Model(TestSecrets.Charge("DEBT-1001", "models"));
        scan.Model(TestSecrets.Charge("DEBT-1001", "models", withBankAccount: true));
        scan.Model(new CreatePaymentMethodRequest { Card = TestSecrets.Card() });
        scan.Model(new CreatePaymentMethodRequest { Ach = TestSecrets.Ach() });
        var options = TestSecrets.Options(new Uri("http://127.0.0.1:5080/api/v1/"));
        scan.Model(options);
        foreach (var credential in options.GetCredentials().Values)
        {
            scan.Model(credential);
        }

        Figures.Print(output, $"secrets: {scan.TextsScanned} model texts scanned");
        scan.AssertNoSecret();
    }

    [Fact]
    public async Task A_whole_flow_against_the_sandbox_leaks_no_secret()
    {
        var scan = new SecretScan();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = TestSecrets.ApiKey });
        var logs = new ScanningLoggerProvider(scan);
        await using var services = Services(sandbox.BaseAddress, TestSecrets.ApiKey, logs);
        var tratta = services.GetRequiredService<ITrattaClient>();

        var customer = await tratta.Customers.CreateAsync(TestSecrets.Customer("flow"));
        var card = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest { Card = TestSecrets.Card() });
        var bank = await tratta.Customers.PaymentMethods.CreateAsync(customer.Id, new CreatePaymentMethodRequest { Ach = TestSecrets.Ach() });
        foreach (var model in new object[]
        {
            customer, await tratta.Customers.GetAsync(customer.Id), card, bank,
            await tratta.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", "flow-card")),
            await tratta.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", "flow-bank", withBankAccount: true)),
            await tratta.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", "flow-scheduled") with { ScheduledAt = DateOnly.FromDateTime(DateTime.Now.AddDays(30)) }),
        })
        {
            scan.Model(model);
        }

        // Above the balance: the server's 422. A card number that fails the Luhn check (it holds the real one): the
        // client's own validation. A wrong key that holds the right one: the server's 401.
        scan.Exception(await Assert.ThrowsAsync<ApiValidationException>(() => tratta.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", "flow-big", amount: 1_000_000m))));
        var badCard = TestSecrets.Card() with { CardNumber = TestSecrets.CardNumber + "9" };
        scan.Exception(await Assert.ThrowsAsync<ApiValidationException>(() => tratta.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", "flow-bad") with { Card = badCard })));
        await using (var wrongKey = Services(sandbox.BaseAddress, "wrong-" + TestSecrets.ApiKey, logs))
        {
            scan.Exception(await Assert.ThrowsAsync<ApiAuthenticationException>(() => wrongKey.GetRequiredService<ITrattaClient>().Customers.GetAsync(customer.Id)));
        }

        Figures.Print(output, $"secrets: sandbox flow, {logs.Events} log events, {scan.TextsScanned} texts ({scan.CharactersScanned} characters) scanned");
        Assert.True(logs.Events > 0, "No log event reached the scan.");
        scan.AssertNoSecret();
    }

    private static ServiceProvider Services(Uri baseUrl, string apiKey, ScanningLoggerProvider logs)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddTrattaClient(options =>
        {
            options.BaseUrl = baseUrl;
            options.ApiKey = apiKey;
        });
        return services.BuildServiceProvider();
    }
}
