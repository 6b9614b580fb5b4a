using System;
using System.Reflection;
using System.Text.Json;
using Tratta.Client;
using Tratta.Client.Serialization;
using Tratta.Runtime;
using Tratta.Runtime.Json;

namespace Tratta.Benchmarks.Json;

/// <summary>
/// The generated client's own JSON paths, reached from outside the client. Its operations call the converters'
/// internal <c>ReadValue</c>/<c>WriteValue</c> through <see cref="JsonWrite.ToUtf8"/> and <see cref="JsonRead.Enveloped"/>;
/// the public converters (those of the types' <c>[JsonConverter]</c> attributes) forward to exactly those methods, so
/// calling them directly costs one virtual call more than the client and avoids JsonSerializer's resolver lookup,
/// which the client never pays.
/// </summary>
internal static class TrattaJson
{
    private static readonly CreateChargeRequestJsonConverter CreateChargeRequestConverter = new();
    private static readonly CustomerJsonConverter CustomerConverter = new();

    // The converters ignore their options (they never go through JsonSerializer); any instance will do.
    private static readonly JsonSerializerOptions Unused = JsonSerializerOptions.Default;

    private static readonly PageReaderMethod ReadPageOfCustomers = BindPageReader();

    private delegate Page<Customer> PageReaderMethod(ReadOnlySpan<byte> json, string itemsProperty, JsonValueReader<Customer> readItem);

    /// <summary>What CreateAsync sends: the request as UTF-8 JSON.</summary>
    public static byte[] Serialize(CreateChargeRequest request) =>
        JsonWrite.ToUtf8(request, static (writer, value) => CreateChargeRequestConverter.Write(writer, value, Unused));

    /// <summary>What GetAsync does with the body of Get Customer: the customer inside <c>{"data": ...}</c>.</summary>
    public static Customer ReadCustomerEnvelope(ReadOnlySpan<byte> json) =>
        JsonRead.Enveloped(json, "data", ReadCustomer);

    /// <summary>What ListAsync does with the body of List Customers: the page, its items and its next link.</summary>
    public static Page<Customer> ReadCustomerPage(ReadOnlySpan<byte> json) =>
        ReadPageOfCustomers(json, "data", ReadCustomer);

    private static Customer ReadCustomer(ref Utf8JsonReader reader) =>
        CustomerConverter.Read(ref reader, typeof(Customer), Unused)
            ?? throw new JsonException("The customer converter read nothing.");

    // Page<T> has no public reader: ListAsync reads it with the runtime's internal PageReader, whose only public way in
    // is ApiConnection.SendPageAsync, over HTTP. Binding that method once to a delegate measures the client's own
    // page reading without HTTP; the reflection cost is paid here, at start-up, not per call. If the runtime renames
    // it, GlobalSetup fails with this message instead of measuring something else.
    private static PageReaderMethod BindPageReader()
    {
        const string typeName = "Tratta.Runtime.Paging.PageReader";
        var method = typeof(Page<>).Assembly.GetType(typeName)?.GetMethod("Read", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{typeName}.Read<T> is not in Tratta.Runtime any more: update TrattaJson.BindPageReader.");
        return method.MakeGenericMethod(typeof(Customer)).CreateDelegate<PageReaderMethod>();
    }
}
