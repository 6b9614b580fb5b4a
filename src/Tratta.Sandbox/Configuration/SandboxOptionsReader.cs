using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Tratta.Sandbox.Configuration;

/// <summary>
/// Reads <see cref="SandboxOptions"/> from a configuration section value by value. The reflection-based
/// configuration binder is not trim-safe, and the sandbox must publish trimmed without warnings.
/// </summary>
internal static class SandboxOptionsReader
{
    public static SandboxOptions Read(IConfigurationSection section)
    {
        var options = new SandboxOptions();

        if (section["ApiKey"] is { Length: > 0 } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (section["Port"] is { Length: > 0 } port)
        {
            options.Port = ParseInt(section.Path + ":Port", port);
        }

        if (section["MinimumPaymentAmount"] is { Length: > 0 } minimum)
        {
            options.MinimumPaymentAmount = ParseDecimal(section.Path + ":MinimumPaymentAmount", minimum);
        }

        var accounts = new List<SandboxDebtAccount>();
        foreach (var child in section.GetSection("DebtAccounts").GetChildren())
        {
            accounts.Add(ReadDebtAccount(child));
        }

        // Configured accounts replace the default seed rather than adding to it: a configuration that lists
        // accounts means exactly those.
        if (accounts.Count > 0)
        {
            options.DebtAccounts = accounts;
        }

        return options;
    }

    private static SandboxDebtAccount ReadDebtAccount(IConfigurationSection account)
    {
        var externalId = account["ExternalId"];
        if (string.IsNullOrWhiteSpace(externalId))
        {
            throw new FormatException($"{account.Path}:ExternalId is required.");
        }

        var status = account["Status"] is { Length: > 0 } configured ? configured : SandboxDebtAccount.ActiveStatus;
        var balance = account["CurrentBalance"] is { Length: > 0 } text
            ? ParseDecimal(account.Path + ":CurrentBalance", text)
            : 0m;
        return new SandboxDebtAccount(externalId, status, balance);
    }

    private static int ParseInt(string path, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path} must be an integer, got '{text}'.");

    // No thousands separators: "12,5" must be refused, not read as 125.
    private static decimal ParseDecimal(string path, string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path} must be an amount of zero or more, such as 1500.00, got '{text}'.");
}
