using System.Text.Json.Serialization;

namespace Tratta.Benchmarks.Json.HandWritten;

/// <summary>
/// System.Text.Json source generation over the hand-written types: the baseline of every benchmark, being what .NET
/// itself recommends for a fast, AOT-safe client. Nulls are left out when writing, as the spec's optional fields are
/// "not sent" rather than sent as null. The types have settable properties, neither <c>init</c> nor <c>required</c>:
/// the source generator reads those through its constructor-parameter path, which made it slower than reflection here
/// (about 1.4 times on a customer), and the baseline must be System.Text.Json at its fastest.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateChargeRequest))]
[JsonSerializable(typeof(CustomerEnvelope))]
[JsonSerializable(typeof(CustomerPage))]
[JsonSerializable(typeof(ChargeEnvelope))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
