using System;

namespace Tratta.Benchmarks.Samples;

/// <summary>
/// The organization and credential every client in the benchmarks is configured with. No request leaves the process
/// (the handlers answer in memory), so the host only has to look like the real one: the generated client derives it
/// from the organization id as an application would configure it.
/// </summary>
internal static class SampleAccount
{
    public const string OrganizationId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    public const string ApiKey = "tratta-benchmark-api-key-3f2504e0";

    /// <summary>The API's base URL for <see cref="OrganizationId"/>, with the trailing slash relative paths need.</summary>
    public static readonly Uri BaseAddress = new("https://" + OrganizationId + ".production.tratta.io/api/v1/");

    /// <summary>The <c>Authorization</c> header every request must carry.</summary>
    public const string AuthorizationHeader = "Bearer " + ApiKey;
}
