using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Tratta.Benchmarks.Json.HandWritten;
using Tratta.Benchmarks.Samples;
using Tratta.Benchmarks.Verification;

namespace Tratta.Benchmarks.Json;

/// <summary>
/// Reading List Customers' body: a page of 100 customers with Laravel's <c>links</c> and <c>meta</c> (about 73 KB),
/// where per-item costs dominate and the envelope's are noise.
/// </summary>
[MemoryDiagnoser]
public class DeserializeCustomerPageBenchmarks
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SampleCustomers.PageJson();

        var baseline = StjSourceGenerated();
        var expected = baseline.Data.Select(CustomerFingerprint.Of).ToList();
        Check.That(expected.Count == SampleCustomers.PageSize && expected.Distinct().Count() == SampleCustomers.PageSize,
            nameof(StjSourceGenerated), $"read {expected.Count} distinct customers, not {SampleCustomers.PageSize}");
        var next = baseline.Links?.Next;
        Check.That(next is { Length: > 0 } && baseline.Meta?.Total == 480, nameof(StjSourceGenerated), "did not read the page's links and meta");

        var reflection = StjReflection();
        Check.Same(string.Join('\n', expected), string.Join('\n', reflection.Data.Select(CustomerFingerprint.Of)), nameof(StjReflection), "the customers read");
        Check.That(reflection.Links?.Next == next && reflection.Meta?.Total == 480, nameof(StjReflection), "did not read the page's links and meta");

        var tratta = Tratta();
        Check.Same(string.Join('\n', expected), string.Join('\n', tratta.Select(CustomerFingerprint.Of)), nameof(Tratta), "the customers read");
        Check.That(tratta.NextPage == next && tratta.Total == 480 && tratta.PerPage == SampleCustomers.PageSize, nameof(Tratta), "did not read the page's next link and counts");
    }

    [Benchmark(Baseline = true)]
    public CustomerPage StjSourceGenerated() =>
        JsonSerializer.Deserialize(_json, HandWrittenJsonContext.Default.CustomerPage)!;

    [Benchmark]
    public CustomerPage StjReflection() =>
        JsonSerializer.Deserialize<CustomerPage>(_json, ReflectionJsonOptions.Instance)!;

    [Benchmark]
    public Tratta.Runtime.Page<Tratta.Client.Customer> Tratta() => TrattaJson.ReadCustomerPage(_json);
}
