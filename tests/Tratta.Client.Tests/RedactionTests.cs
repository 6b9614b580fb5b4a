using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tratta.Client.Tests.Infrastructure;
using Xunit;
using Tratta.Runtime;

namespace Tratta.Client.Tests;

/// <summary>
/// A whole flow with a card, a bank account, an SSN and the API key: no log line of any category or level, no
/// exception message and no ToString() shows any of them.
/// </summary>
public sealed class RedactionTests
{
    private const string ApiKey = "sk_live_Zq8vR2mW5tY9";
    private const string CardNumber = "4242424242424242";
    private const string SecurityCode = "739";
    private const string AccountNumber = "000123456789";
    private const string RoutingNumber = "021000021";
    private const string Ssn = "4821";

    private static readonly string[] Secrets = [ApiKey, CardNumber, SecurityCode, AccountNumber, RoutingNumber, Ssn];

    [Fact]
    public async Task No_secret_appears_in_logs_exceptions_or_ToString()
    {
        var logs = new CollectingLoggerProvider();
        var handler = new CapturingHandler()
            .RespondWith(HttpStatusCode.Created, Payloads.Read("create-customer-response.json"))
            .RespondWith(HttpStatusCode.Created, Payloads.Read("card-payment-method-response.json"))
            .RespondWith(HttpStatusCode.Created, """{"data": {"id": "pm2", "type": "ach", "bank_account": {"account_number": "6789", "routing_number": "0021"}}}""")
            .RespondWith((HttpStatusCode)422, """{"message": "The card was declined.", "errors": {"card.card_number": ["The card was declined."]}}""")
            .RespondWith(HttpStatusCode.ServiceUnavailable, """{"message": "Try later."}""");
        var services = new ServiceCollection();
        // A clock that does not move: on the real one an attempt's elapsed milliseconds (say 0.7391) may contain the
        // security code's or the SSN's digits, and the test would fail on a number that is no secret.
        services.AddSingleton<TimeProvider>(new ManualTimeProvider());
        services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddTrattaClient(options =>
        {
            options.BaseUrl = new Uri("https://api.example.test/api/v1/");
            options.ApiKey = ApiKey;
            options.Resilience.Retry.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ITrattaClient>();
        var texts = new List<string> { provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TrattaClientOptions>>().Value.ToString() };

        var card = new CardInput { CardHolder = "Jane Doe", CardNumber = CardNumber, CardExpirationMonth = 12, CardExpirationYear = "30", CardSecurityCode = SecurityCode, CardPostalCode = "10001" };
        var ach = new AchInput { AccountHolder = "Jane Doe", AccountType = AccountType.Checking, RoutingNumber = RoutingNumber, AccountNumber = AccountNumber, AccountZip = "10001", AccountState = "NY" };
        var customer = new CreateCustomerRequest { Name = "Jane Doe", SsnLast4 = Ssn };
        texts.Add(customer.ToString());
        texts.Add(card.ToString());
        texts.Add(ach.ToString());
        texts.Add(new CreatePaymentMethodRequest { Card = card, Ach = ach }.ToString());
        texts.Add(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "D1", Card = card }.ToString());

        texts.Add((await client.Customers.CreateAsync(customer)).ToString());
        texts.Add((await client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest { Card = card })).ToString());
        texts.Add((await client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest { Ach = ach })).ToString());
        texts.Add((await Assert.ThrowsAsync<ApiValidationException>(() => client.Charges.CreateAsync(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "D1", Card = card }))).ToString());
        texts.Add((await Assert.ThrowsAsync<ApiServerException>(() => client.Charges.CreateAsync(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "D1", Ach = ach }))).ToString());
        texts.Add((await Assert.ThrowsAsync<ApiValidationException>(() => client.Charges.CreateAsync(new CreateChargeRequest { Amount = 700m, DebtAccountExternalId = "D1", Card = card with { CardNumber = "4242424242424241" } }))).ToString());
        texts.Add((await Assert.ThrowsAsync<ApiValidationException>(() => client.Customers.PaymentMethods.CreateAsync("c1", new CreatePaymentMethodRequest { Ach = ach with { RoutingNumber = "021000022" } }))).ToString());
        texts.Add(logs.AllText());

        Assert.Equal(5, handler.Requests.Count);
        Assert.NotEmpty(logs.Events);
        foreach (var text in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"'{secret}' appears in: {text}");
            }
        }

        Assert.Contains("CardNumber = [REDACTED]", card.ToString());
        Assert.Contains("CardSecurityCode = [REDACTED]", card.ToString());
        Assert.Contains("CardHolder = Jane Doe", card.ToString());
    }
}
