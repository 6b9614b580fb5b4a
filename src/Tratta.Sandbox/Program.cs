// The standalone sandbox: `dotnet run --project src/Tratta.Sandbox [-- --port 5080]`.
// Configuration (environment variables Sandbox__ApiKey, Sandbox__Port, Sandbox__MinimumPaymentAmount,
// Sandbox__DebtAccounts__0__ExternalId ...; or the same keys on the command line, --Sandbox:ApiKey=...)
// is read by SandboxOptions.FromConfiguration. It runs until Ctrl+C or SIGTERM.
using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Tratta.Sandbox;

const int DefaultPort = 5080;

var configuration = new ConfigurationBuilder()
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

SandboxOptions options;
try
{
    options = SandboxOptions.FromConfiguration(configuration);
    if (configuration["port"] is { Length: > 0 } port)
    {
        // --port is a shorthand for --Sandbox:Port.
        options.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"--port must be a port number, got '{port}'.");
    }
    else if (configuration.GetSection(SandboxOptions.ConfigurationSectionName)["Port"] is not { Length: > 0 })
    {
        // A fixed port by default, unlike the in-process default of a free one: people type this URL.
        options.Port = DefaultPort;
    }
}
catch (FormatException invalid)
{
    Console.Error.WriteLine($"Invalid configuration: {invalid.Message}");
    return 2;
}

var stopped = new TaskCompletionSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

SandboxServer server;
try
{
    server = await SandboxServer.StartAsync(options);
}
catch (Exception failed) when (failed is IOException or ArgumentException)
{
    // Typically the port is taken by another process (or a previous sandbox still running).
    Console.Error.WriteLine($"The sandbox could not start on port {options.Port}: {failed.Message}");
    return 1;
}

await using (server)
{
    Console.WriteLine("Tratta sandbox");
    Console.WriteLine($"  Base URL: {server.BaseAddress}");
    Console.WriteLine($"  API key:  {server.ApiKey}   (send Authorization: Bearer {server.ApiKey})");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Minimum payment amount: {options.MinimumPaymentAmount}"));
    Console.WriteLine("  Debt accounts:");
    foreach (var account in server.GetDebtAccounts())
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"    {account.ExternalId,-12} {account.Status,-10} balance {account.CurrentBalance:0.00}"));
    }

    Console.WriteLine("Press Ctrl+C to stop.");
    await stopped.Task;
    Console.WriteLine("Stopping.");
}

return 0;

void Stop(PosixSignalContext context)
{
    // Handled here: the process exits once the server has stopped, not in the middle of a request.
    context.Cancel = true;
    stopped.TrySetResult();
}
