using System;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// The JSON the fault server answers each operation with: a valid answer of the spec's shape (which a fault then
/// cuts, pads or leaves alone), or one of that shape whose values have the wrong types.
/// </summary>
internal static class FaultBodies
{
    // The SSN comes back in the customer, as the real API returns it: the response model must not print it either.
    private const string Customer =
        """{"id":"5b0e6a4c-2f7d-4e1a-9c3b-8d2f1a0e7b64","external_id":"rel-1","name":"Ann Lee","email":"ann@example.com","ssn":"0417","addresses":[],"metadata":[]}""";

    private const string ImmediateCharge =
        """{"id":"c3f1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b","reference_number":"R-1001","payment_method_type":"card","amount":10.25,"total_amount":10.25,"payment_date":"2030-01-01","success":true,"fees":[]}""";

    /// <summary>A valid answer to <paramref name="request"/>.</summary>
    public static string Valid(RawRequest request) => Operation(request) switch
    {
        "GET /customers" => $$"""{"data":[{{Customer}}]}""",
        "GET /customers/{customer}" or "POST /customers" => $$"""{"data":{{Customer}}}""",
        "POST /charges" => $$"""{"data":{{ImmediateCharge}}}""",
        "DELETE /customers/{customer}" => """{"success":true}""",
        var other => throw new InvalidOperationException($"The fault server has no answer for {other}."),
    };

    /// <summary>The right shape, the wrong types: a string where a number is, an object where a string is.</summary>
    public static string WrongTypes(RawRequest request) => Operation(request) switch
    {
        "GET /customers" => """{"data":[{"id":{"value":1},"name":"Ann Lee"}]}""",
        "GET /customers/{customer}" or "POST /customers" => """{"data":{"id":{"value":1},"name":"Ann Lee"}}""",
        "POST /charges" => """{"data":{"id":"c3f1","reference_number":"R-1001","amount":"ten dollars"}}""",
        "DELETE /customers/{customer}" => """{"success":"perhaps"}""",
        var other => throw new InvalidOperationException($"The fault server has no answer for {other}."),
    };

    /// <summary>
    /// A valid answer with a string property in front, so long that the whole body is <paramref name="totalBytes"/>:
    /// <c>{"padding":"xxxx…",</c> + the valid answer without its opening brace. The reader skips the unknown property.
    /// </summary>
    public static (string Prefix, long PaddingBytes, string Suffix) Padded(RawRequest request, long totalBytes)
    {
        const string prefix = "{\"padding\":\"";
        var suffix = "\"," + Valid(request)[1..];
        return (prefix, totalBytes - prefix.Length - suffix.Length, suffix);
    }

    // "GET /customers/{customer}": the method and the path template under /api/v1.
    private static string Operation(RawRequest request)
    {
        var path = request.Target.Split('?')[0];
        const string root = "/api/v1";
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            return $"{request.Method} {path}";
        }

        var segments = path[root.Length..].Trim('/').Split('/');
        return segments.Length == 2 && segments[0] == "customers"
            ? $"{request.Method} /customers/{{customer}}"
            : $"{request.Method} /{string.Join('/', segments)}";
    }
}
