using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Tratta.Benchmarks.Json.HandWritten;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// The client a developer writes by hand with HttpClient and System.Text.Json source generation: the baseline of the
/// call benchmarks. It does what such clients usually do and no more: no validation before sending, no retries, a
/// failed status becomes HttpRequestException. Base address and bearer token are set once on the HttpClient.
/// </summary>
internal sealed class HandWrittenTrattaClient(HttpClient http)
{
    public async Task<Customer> GetCustomerAsync(string customer, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri("customers/" + Uri.EscapeDataString(customer), UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.CustomerEnvelope, cancellationToken).ConfigureAwait(false);
        return envelope?.Data ?? throw new HttpRequestException("Get Customer answered without a customer.");
    }

    public async Task<Charge> CreateChargeAsync(CreateChargeRequest request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(new Uri("charges", UriKind.Relative), request, HandWrittenJsonContext.Default.CreateChargeRequest, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.ChargeEnvelope, cancellationToken).ConfigureAwait(false);
        return envelope?.Data ?? throw new HttpRequestException("Create Charge answered without a charge.");
    }
}
