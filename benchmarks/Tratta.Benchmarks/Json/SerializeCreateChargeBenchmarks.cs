using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Tratta.Benchmarks.Json.HandWritten;
using Tratta.Benchmarks.Samples;
using Tratta.Benchmarks.Verification;

namespace Tratta.Benchmarks.Json;

/// <summary>
/// Writing a Create Charge body (a card payment with a billing address) to UTF-8 JSON, the bytes a request sends.
/// Every way returns a new byte array, as each client needs one per request.
/// </summary>
[MemoryDiagnoser]
public class SerializeCreateChargeBenchmarks
{
    private Tratta.Client.CreateChargeRequest _trattaRequest = null!;
    private CreateChargeRequest _handWrittenRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _trattaRequest = SampleCharges.ForTratta();
        _handWrittenRequest = SampleCharges.ForHandWritten();

        JsonEquivalence.Require(SampleCharges.CreateRequestJson, Tratta(), nameof(Tratta), "the request written");
        JsonEquivalence.Require(SampleCharges.CreateRequestJson, StjSourceGenerated(), nameof(StjSourceGenerated), "the request written");
        JsonEquivalence.Require(SampleCharges.CreateRequestJson, StjReflection(), nameof(StjReflection), "the request written");
    }

    [Benchmark(Baseline = true)]
    public byte[] StjSourceGenerated() =>
        JsonSerializer.SerializeToUtf8Bytes(_handWrittenRequest, HandWrittenJsonContext.Default.CreateChargeRequest);

    [Benchmark]
    public byte[] StjReflection() =>
        JsonSerializer.SerializeToUtf8Bytes(_handWrittenRequest, ReflectionJsonOptions.Instance);

    [Benchmark]
    public byte[] Tratta() => TrattaJson.Serialize(_trattaRequest);
}
