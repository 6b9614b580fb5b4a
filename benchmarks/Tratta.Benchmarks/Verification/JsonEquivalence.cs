using System;
using System.Text;
using System.Text.Json.Nodes;

namespace Tratta.Benchmarks.Verification;

/// <summary>
/// Whether two JSON documents say the same thing: the same properties and values, in any order and layout, numbers
/// compared by value (Kiota writes a double, the others a decimal). Byte equality would demand more than the API does.
/// </summary>
internal static class JsonEquivalence
{
    public static void Require(string expectedJson, byte[] actualUtf8, string benchmark, string what)
    {
        var expected = JsonNode.Parse(expectedJson);
        Check.That(
            JsonNode.DeepEquals(expected, JsonNode.Parse(actualUtf8)),
            benchmark,
            $"{what} is not the expected JSON.{Environment.NewLine}  expected: {expected?.ToJsonString()}{Environment.NewLine}  actual:   {Encoding.UTF8.GetString(actualUtf8)}");
    }
}
