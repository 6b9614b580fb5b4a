using System;
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
/// POST /charges, a card payment with a billing address, answered 201 with an immediate charge, the network replaced
/// by an in-memory handler. The generated client also validates the request before sending (card number checksum,
/// patterns, "one payment source"), which the hand-written and Kiota clients do not do.
/// </summary>
[MemoryDiagnoser]
public class CreateChargeCallBenchmarks
{
    private CallClients _clients = null!;
    private Tratta.Client.CreateChargeRequest _trattaRequest = null!;
    private CreateChargeRequest _handWrittenRequest = null!;
    private KiotaModels.CreateChargeRequest _kiotaRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = SampleCharges.ImmediateChargeResponseJson();
        _clients = new CallClients(body, HttpStatusCode.Created);
        _trattaRequest = SampleCharges.ForTratta();
        _handWrittenRequest = SampleCharges.ForHandWritten();
        _kiotaRequest = SampleCharges.ForKiota();
        var expected = ChargeFingerprint.Of(JsonSerializer.Deserialize(body, HandWrittenJsonContext.Default.ChargeEnvelope)!.Data);
        const string path = "charges";
        const string sent = SampleCharges.CreateRequestJson;

        Check.Same(expected, ChargeFingerprint.Of(CallCheck.Run(_clients, nameof(HandWrittenStj), HandWrittenStj, HttpMethod.Post, path, sent)), nameof(HandWrittenStj), "the charge read");
        Check.Same(expected, ChargeFingerprint.Of(CallCheck.Run(_clients, nameof(Tratta), Tratta, HttpMethod.Post, path, sent)), nameof(Tratta), "the charge read");
        Check.Same(expected, ChargeFingerprint.Of(CallCheck.Run(_clients, nameof(TrattaWithPipeline), TrattaWithPipeline, HttpMethod.Post, path, sent)), nameof(TrattaWithPipeline), "the charge read");
        Check.Same(expected, ChargeFingerprint.Of(CallCheck.Run(_clients, nameof(TrattaDependencyInjection), TrattaDependencyInjection, HttpMethod.Post, path, sent)), nameof(TrattaDependencyInjection), "the charge read");

        // Kiota sends the right request, but cannot tell an immediate from a scheduled charge (the spec's oneOf has no
        // discriminator): it returns a Charge with neither case set. Its time includes sending and parsing the JSON,
        // not building the charge; the README's table says so. Should a later Kiota read the charge, it is checked.
        var kiota = CallCheck.Run(_clients, nameof(Kiota), Kiota, HttpMethod.Post, path, sent);
        Check.That(kiota?.Data is not null, nameof(Kiota), "read no envelope");
        if (kiota.Data.ImmediateCharge is { } immediate)
        {
            Check.That(immediate.Id == SampleCharges.ChargeId && immediate.ReferenceNumber == SampleCharges.ReferenceNumber, nameof(Kiota), "read the wrong charge");
        }
        else
        {
            Console.WriteLine("// Kiota: Create Charge's response read into a Charge with neither ImmediateCharge nor ScheduledCharge (oneOf without discriminator).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Charge> HandWrittenStj() => _clients.HandWritten.CreateChargeAsync(_handWrittenRequest);

    [Benchmark]
    public Task<Tratta.Client.Charge> Tratta() => _clients.Tratta.Charges.CreateAsync(_trattaRequest);

    [Benchmark]
    public Task<Tratta.Client.Charge> TrattaWithPipeline() => _clients.TrattaWithPipeline.Charges.CreateAsync(_trattaRequest);

    [Benchmark]
    public Task<Tratta.Client.Charge> TrattaDependencyInjection() => _clients.ResolveFromServices().Charges.CreateAsync(_trattaRequest);

    [Benchmark]
    public Task<KiotaModels.ChargeEnvelope?> Kiota() => _clients.Kiota.Charges.PostAsync(_kiotaRequest);
}
