using System;
using System.Collections.Generic;
using Tratta.Client;

namespace Tratta.Reliability.Tests.Infrastructure;

/// <summary>
/// The secrets every reliability test sends: the API key and the fields the spec marks <c>x-tratta-sensitive</c>
/// (card number, security code, routing and account numbers, SSN). Each is valid for the client's rules, so that
/// requests carrying them leave the client, and distinctive, so that finding one in a text is never a coincidence.
/// </summary>
internal static class TestSecrets
{
    public const string ApiKey = "rel-api-key-5f1c0e7a9b3d4e28c6";
    public const string CardNumber = "4111111111111111";
    public const string CardSecurityCode = "7319";
    public const string RoutingNumber = "011000015";
    public const string AccountNumber = "98765432109876";
    public const string SsnLast4 = "0417";

    /// <summary>Each secret by the name a failure message prints (the value is printed too: it is a test value).</summary>
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("API key", ApiKey),
        ("card number", CardNumber),
        ("card security code", CardSecurityCode),
        ("routing number", RoutingNumber),
        ("account number", AccountNumber),
        ("SSN", SsnLast4),
    ];

    public static CardInput Card() => new()
    {
        CardHolder = "Ann Lee",
        CardNumber = CardNumber,
        CardExpirationMonth = 12,
        CardExpirationYear = "39",
        CardSecurityCode = CardSecurityCode,
        CardPostalCode = "10001",
    };

    public static AchInput Ach() => new()
    {
        AccountHolder = "Ann Lee",
        AccountType = AccountType.Checking,
        RoutingNumber = RoutingNumber,
        AccountNumber = AccountNumber,
        AccountZip = "10001",
        AccountState = "NY",
    };

    /// <summary>A customer with an SSN; <paramref name="tag"/> makes its body unique, so a repeat can be told apart.</summary>
    public static CreateCustomerRequest Customer(string tag) => new()
    {
        Name = "Ann Lee",
        Email = $"ann.{tag}@example.com",
        ExternalId = "rel-" + tag,
        SsnLast4 = SsnLast4,
        Metadata = new Dictionary<string, string> { ["source"] = "reliability" },
    };

    /// <summary>A charge paid with the card (or the bank account); <paramref name="tag"/> makes its body unique.</summary>
    public static CreateChargeRequest Charge(string debtAccount, string tag, bool withBankAccount = false, decimal amount = 10.25m) => new()
    {
        Amount = amount,
        DebtAccountExternalId = debtAccount,
        Email = $"ann.{tag}@example.com",
        Card = withBankAccount ? null : Card(),
        Ach = withBankAccount ? Ach() : null,
    };

    /// <summary>Options of a client pointed at <paramref name="baseUrl"/> with the test API key.</summary>
    public static TrattaClientOptions Options(Uri baseUrl) => new() { BaseUrl = baseUrl, ApiKey = ApiKey };
}
