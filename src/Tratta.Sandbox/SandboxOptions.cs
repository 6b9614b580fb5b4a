using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Tratta.Sandbox.Configuration;

namespace Tratta.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> is started and what it knows before the first request.</summary>
public sealed class SandboxOptions
{
    /// <summary>The API key a sandbox accepts unless told otherwise. Fixed, so a sample can be run without setup.</summary>
    public const string DefaultApiKey = "sandbox-key-tratta-local";

    /// <summary>The configuration section the standalone sandbox reads (<see cref="FromConfiguration"/>).</summary>
    public const string ConfigurationSectionName = "Sandbox";

    /// <summary>The bearer token every request must carry (<c>Authorization: Bearer &lt;ApiKey&gt;</c>).</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>The loopback port to listen on; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The organization's min_payment_amount: a charge must be greater than this. The docs' default is $5.
    /// </summary>
    public decimal MinimumPaymentAmount { get; set; } = 5m;

    /// <summary>The debt accounts charges can be made against. Defaults to <see cref="DefaultDebtAccounts"/>.</summary>
    public IList<SandboxDebtAccount> DebtAccounts { get; set; } = new List<SandboxDebtAccount>(DefaultDebtAccounts);

    /// <summary>
    /// The clock. Its local date is "today": it decides between an immediate and a scheduled charge and is the
    /// bound of <c>scheduled_at</c> (after_or_equal:today); its local time stamps created_at and updated_at.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The seed used when no debt accounts are configured: two active accounts and an inactive one.</summary>
    public static IReadOnlyList<SandboxDebtAccount> DefaultDebtAccounts { get; } =
    [
        new("DEBT-1001", SandboxDebtAccount.ActiveStatus, 1500.00m),
        new("DEBT-1002", SandboxDebtAccount.ActiveStatus, 250.00m),
        new("DEBT-2001", "inactive", 900.00m),
    ];

    /// <summary>
    /// Reads the options from the <c>Sandbox</c> section of <paramref name="configuration"/>: <c>ApiKey</c>,
    /// <c>Port</c>, <c>MinimumPaymentAmount</c> and <c>DebtAccounts:{n}:ExternalId|Status|CurrentBalance</c>.
    /// Values not configured keep their defaults; a value that cannot be read throws <see cref="FormatException"/>.
    /// </summary>
    public static SandboxOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return SandboxOptionsReader.Read(configuration.GetSection(ConfigurationSectionName));
    }
}
