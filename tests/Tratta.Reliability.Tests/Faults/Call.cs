using System.Threading;
using System.Threading.Tasks;
using Tratta.Client;
using Tratta.Reliability.Tests.Infrastructure;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>The kinds of call the matrix makes, each through a real method of the generated client.</summary>
public enum Call
{
    GetCustomer,
    ListCustomers,
    CreateCustomer,
    CreateCharge,
    DeleteCustomer,
}

internal static class Calls
{
    /// <summary>Whether the spec lets the client send the call again once it may have reached the server.</summary>
    public static bool IsIdempotent(Call call) => call is Call.GetCustomer or Call.ListCustomers or Call.DeleteCustomer;

    /// <summary>The request model a call sends, if it sends one (its ToString() is scanned for secrets too).</summary>
    public static object? RequestModel(Call call, string tag) => call switch
    {
        Call.CreateCustomer => TestSecrets.Customer(tag),
        Call.CreateCharge => TestSecrets.Charge("DEBT-1001", tag),
        _ => null,
    };

    /// <summary>Makes the call; <paramref name="tag"/> makes a POST body unique to this test case.</summary>
    public static async Task<object> InvokeAsync(ITrattaClient client, Call call, string tag, CancellationToken cancellationToken) => call switch
    {
        Call.GetCustomer => await client.Customers.GetAsync("rel-" + tag, cancellationToken),
        Call.ListCustomers => await client.Customers.ListAsync(cancellationToken),
        Call.CreateCustomer => await client.Customers.CreateAsync(TestSecrets.Customer(tag), cancellationToken),
        Call.CreateCharge => await client.Charges.CreateAsync(TestSecrets.Charge("DEBT-1001", tag), cancellationToken),
        Call.DeleteCustomer => await client.Customers.DeleteAsync("rel-" + tag, cancellationToken),
        _ => throw new System.ArgumentOutOfRangeException(nameof(call), call, null),
    };
}
