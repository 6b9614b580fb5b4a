using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using Tratta.Runtime;

namespace Tratta.Client.Tests;

/// <summary>
/// What the generated converters read, they write back: every value of the docs' payloads survives read → write,
/// and a second round changes nothing. Reading also works where System.Text.Json hands a converter a reader over a
/// partial buffer (a stream read in small blocks).
/// </summary>
public sealed class GeneratedModelRoundTripTests
{
    // get-customer-response.json carries a member the spec does not declare: read past, never written.
    private const string UnknownMember = "some_field_added_later";

    public static TheoryData<string, Type> DocsPayloads => new()
    {
        { "create-customer-response.json", typeof(Customer) },
        { "get-customer-response.json", typeof(Customer) },
        { "list-customers-response.json", typeof(List<Customer>) },
        { "address-response.json", typeof(Address) },
        { "card-payment-method-response.json", typeof(PaymentMethod) },
        { "ach-payment-method-response.json", typeof(PaymentMethod) },
        { "immediate-charge.json", typeof(Charge) },
        { "scheduled-charge.json", typeof(Charge) },
        { "delete-response.json", typeof(DeleteResult) },
    };

    [Theory]
    [MemberData(nameof(DocsPayloads))]
    public void Every_value_of_a_docs_payload_is_written_back(string file, Type type)
    {
        using var original = JsonDocument.Parse(Payloads.Read(file));
        var value = original.RootElement.TryGetProperty("data", out var data) ? data : original.RootElement;

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(value.GetRawText(), type), type);
        var writtenAgain = JsonSerializer.Serialize(JsonSerializer.Deserialize(written, type), type);

        Assert.Equal(written, writtenAgain);
        using var roundTripped = JsonDocument.Parse(written);
        var actual = Leaves(roundTripped.RootElement);
        foreach (var (path, raw) in Leaves(value))
        {
            Assert.True(actual.TryGetValue(path, out var writtenRaw), $"{file}: '{path}' ({raw}) was not written back; written: {written}");
            Assert.Equal(raw, writtenRaw);
        }
    }

    [Theory]
    [MemberData(nameof(DocsPayloads))]
    public async Task A_docs_payload_reads_from_a_stream_in_small_blocks(string file, Type type)
    {
        using var original = JsonDocument.Parse(Payloads.Read(file));
        var value = original.RootElement.TryGetProperty("data", out var data) ? data : original.RootElement;

        // Unknown members of every kind, which the converters skip, and white space after the value: the converter
        // then gets the whole value, but on a reader that is not the final block, where Utf8JsonReader.Skip throws.
        var node = JsonNode.Parse(value.GetRawText())!;
        foreach (var target in node is JsonArray items ? items.OfType<JsonObject>() : [node.AsObject()])
        {
            target.Insert(0, "unknown_object", JsonNode.Parse("""{"a": [1, {"b": null}]}"""));
            target.Insert(1, "unknown_list", JsonNode.Parse("[[], {}]"));
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString() + new string(' ', 4096)));

        var read = await JsonSerializer.DeserializeAsync(stream, type, new JsonSerializerOptions { DefaultBufferSize = 16 });

        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize(value.GetRawText(), type), type), JsonSerializer.Serialize(read, type));
    }

    [Fact]
    public void A_metadata_key_whose_value_is_null_is_left_out_in_both_forms()
    {
        var fromObject = JsonSerializer.Deserialize<Customer>("""{"id": "c1", "metadata": {"kept": "1", "gone": null}}""")!;
        var fromEntries = JsonSerializer.Deserialize<Customer>("""{"id": "c1", "metadata": [{"attribute": "kept", "value": "1"}, {"attribute": "gone", "value": null}]}""")!;

        Assert.Equal(["kept"], fromObject.Metadata!.Keys);
        Assert.Equal(["kept"], fromEntries.Metadata!.Keys);
    }

    [Fact]
    public async Task An_envelope_whose_value_is_null_is_an_unreadable_answer_not_an_empty_value()
    {
        var handler = new Infrastructure.CapturingHandler().RespondWith(System.Net.HttpStatusCode.OK, """{"data": null}""");
        var client = new TrattaClient(new System.Net.Http.HttpClient(handler), new TrattaClientOptions { BaseUrl = new Uri("https://api.example.test/api/v1/"), ApiKey = "k" });

        await Assert.ThrowsAsync<ApiTransportException>(() => client.Customers.GetAsync("c1"));
    }

    [Fact]
    public void A_charge_whose_distinguishing_property_is_null_is_told_apart_by_the_other()
    {
        var charge = JsonSerializer.Deserialize<Charge>("""{"id": "c1", "reference_number": null, "scheduled_at": "2030-01-01"}""");

        Assert.IsType<ScheduledCharge>(charge);
    }

    /// <summary>
    /// Every leaf value by its path (<c>addresses.0.city</c>), in the form the client writes: the docs' response
    /// names its address list <c>address</c> once and sends metadata as a list of entries; both are read into the
    /// spec's <c>addresses</c> and metadata map.
    /// </summary>
    private static Dictionary<string, string> Leaves(JsonElement element)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(element, "", leaves);
        return leaves;
    }

    private static void Collect(JsonElement element, string path, Dictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var property in element.EnumerateObject().Where(p => p.Name != UnknownMember))
                {
                    var name = property.Name == "address" && property.Value.ValueKind == JsonValueKind.Array ? "addresses" : property.Name;
                    if (name == "metadata" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var entry in property.Value.EnumerateArray())
                        {
                            Collect(entry.GetProperty("value"), Join(path, "metadata." + entry.GetProperty("attribute").GetString()), leaves);
                        }

                        continue;
                    }

                    Collect(property.Value, Join(path, name), leaves);
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, Join(path, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture)), leaves);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                // Compared as text: the docs send some numbers and booleans as strings ("1000", "true"), the client
                // reads them as such and writes them as the spec types them.
                leaves[path] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
