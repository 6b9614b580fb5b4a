using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;

namespace Tratta.Sandbox.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Defaults_without_configuration()
    {
        var options = SandboxOptions.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal(SandboxOptions.DefaultApiKey, options.ApiKey);
        Assert.Equal(0, options.Port);
        Assert.Equal(5m, options.MinimumPaymentAmount);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Equal(
            [
                new SandboxDebtAccount("DEBT-1001", "active", 1500.00m),
                new SandboxDebtAccount("DEBT-1002", "active", 250.00m),
                new SandboxDebtAccount("DEBT-2001", "inactive", 900.00m),
            ],
            options.DebtAccounts);
    }

    [Fact]
    public void The_Sandbox_section_sets_every_option()
    {
        var configuration = Build(new()
        {
            ["Sandbox:ApiKey"] = "configured-key",
            ["Sandbox:Port"] = "5099",
            ["Sandbox:MinimumPaymentAmount"] = "10.50",
            ["Sandbox:DebtAccounts:0:ExternalId"] = "ACC-1",
            ["Sandbox:DebtAccounts:0:Status"] = "inactive",
            ["Sandbox:DebtAccounts:0:CurrentBalance"] = "99.95",
            ["Sandbox:DebtAccounts:1:ExternalId"] = "ACC-2",
        });

        var options = SandboxOptions.FromConfiguration(configuration);

        Assert.Equal("configured-key", options.ApiKey);
        Assert.Equal(5099, options.Port);
        Assert.Equal(10.50m, options.MinimumPaymentAmount);
        Assert.Equal([new SandboxDebtAccount("ACC-1", "inactive", 99.95m), new SandboxDebtAccount("ACC-2", "active", 0m)], options.DebtAccounts);
    }

    [Theory]
    [InlineData("Sandbox:Port", "eighty")]
    [InlineData("Sandbox:MinimumPaymentAmount", "five")]
    [InlineData("Sandbox:DebtAccounts:0:CurrentBalance", "lots")]
    [InlineData("Sandbox:DebtAccounts:0:CurrentBalance", "12,5")]
    [InlineData("Sandbox:DebtAccounts:0:CurrentBalance", "-100")]
    public void A_value_that_cannot_be_read_fails_loudly(string key, string value)
    {
        var configuration = Build(new() { ["Sandbox:DebtAccounts:0:ExternalId"] = "ACC-1", [key] = value });

        var error = Assert.Throws<FormatException>(() => SandboxOptions.FromConfiguration(configuration));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_debt_account_needs_an_external_id()
    {
        var configuration = Build(new() { ["Sandbox:DebtAccounts:0:CurrentBalance"] = "10" });

        Assert.Throws<FormatException>(() => SandboxOptions.FromConfiguration(configuration));
    }

    private static IConfiguration Build(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
