using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Tratta.Benchmarks.Json.HandWritten;
using Tratta.Benchmarks.Samples;
using Tratta.Benchmarks.Verification;
using KiotaModels = Peers.Kiota.Models;

namespace Tratta.Benchmarks.Calls;

/// <summary>
/// GET /customers/{customer} from the call to the customer read, the network replaced by an in-memory handler: what
/// each client adds around the same exchange (request building, headers, the pipeline, reading the body).
/// </summary>
[MemoryDiagnoser]
public class GetCustomerCallBenchmarks
{
    private static readonly string CustomerId = SampleCustomers.FirstId;
    private CallClients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = SampleCustomers.EnvelopeJson();
        _clients = new CallClients(body, HttpStatusCode.OK);
        var expected = CustomerFingerprint.Of(JsonSerializer.Deserialize(body, HandWrittenJsonContext.Default.CustomerEnvelope)!.Data);
        var path = "customers/" + CustomerId;

        Check.Same(expected, CustomerFingerprint.Of(CallCheck.Run(_clients, nameof(HandWrittenStj), HandWrittenStj, HttpMethod.Get, path)), nameof(HandWrittenStj), "the customer read");
        Check.Same(expected, CustomerFingerprint.Of(CallCheck.Run(_clients, nameof(Tratta), Tratta, HttpMethod.Get, path)), nameof(Tratta), "the customer read");
        Check.Same(expected, CustomerFingerprint.Of(CallCheck.Run(_clients, nameof(TrattaWithPipeline), TrattaWithPipeline, HttpMethod.Get, path)), nameof(TrattaWithPipeline), "the customer read");
        Check.Same(expected, CustomerFingerprint.Of(CallCheck.Run(_clients, nameof(TrattaDependencyInjection), TrattaDependencyInjection, HttpMethod.Get, path)), nameof(TrattaDependencyInjection), "the customer read");

        // Kiota cannot read metadata (a oneOf without discriminator): everything else must be there.
        var kiota = CallCheck.Run(_clients, nameof(Kiota), Kiota, HttpMethod.Get, path);
        Check.That(kiota?.Data is not null, nameof(Kiota), "read no customer");
        Check.Same(CustomerFingerprint.WithoutMetadata(expected), CustomerFingerprint.Of(kiota.Data), nameof(Kiota), "the customer read");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Customer> HandWrittenStj() => _clients.HandWritten.GetCustomerAsync(CustomerId);

    [Benchmark]
    public Task<Tratta.Client.Customer> Tratta() => _clients.Tratta.Customers.GetAsync(CustomerId);

    [Benchmark]
    public Task<Tratta.Client.Customer> TrattaWithPipeline() => _clients.TrattaWithPipeline.Customers.GetAsync(CustomerId);

    [Benchmark]
    public Task<Tratta.Client.Customer> TrattaDependencyInjection() => _clients.ResolveFromServices().Customers.GetAsync(CustomerId);

    [Benchmark]
    public Task<KiotaModels.CustomerEnvelope?> Kiota() => _clients.Kiota.Customers[CustomerId].GetAsync();
}
