using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Tratta.Benchmarks.Json.HandWritten;
using Tratta.Benchmarks.Samples;
using Tratta.Benchmarks.Verification;

namespace Tratta.Benchmarks.Json;

/// <summary>
/// Reading Get Customer's body (<c>{"data": customer}</c>, two addresses, three metadata entries) from UTF-8 bytes,
/// as a client has them once the response is buffered.
/// </summary>
[MemoryDiagnoser]
public class DeserializeCustomerBenchmarks
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SampleCustomers.EnvelopeJson();

        var expected = CustomerFingerprint.Of(StjSourceGenerated());
        Check.That(expected.StartsWith(SampleCustomers.FirstId, System.StringComparison.Ordinal) && expected.Contains("primary") && expected.Contains("source=import-2023-02"),
            nameof(StjSourceGenerated), "did not read the customer's id, addresses and metadata: " + expected);
        Check.Same(expected, CustomerFingerprint.Of(StjReflection()), nameof(StjReflection), "the customer read");
        Check.Same(expected, CustomerFingerprint.Of(Tratta()), nameof(Tratta), "the customer read");
    }

    [Benchmark(Baseline = true)]
    public Customer StjSourceGenerated() =>
        JsonSerializer.Deserialize(_json, HandWrittenJsonContext.Default.CustomerEnvelope)!.Data;

    [Benchmark]
    public Customer StjReflection() =>
        JsonSerializer.Deserialize<CustomerEnvelope>(_json, ReflectionJsonOptions.Instance)!.Data;

    [Benchmark]
    public Tratta.Client.Customer Tratta() => TrattaJson.ReadCustomerEnvelope(_json);
}
