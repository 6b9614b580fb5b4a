using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// The options class comes from the spec: a property per server variable and per credential of the security schemes,
/// validation that names the key to change and never repeats a value, a server URL put together from escaped parts,
/// and no secret in ToString. A scheme the client cannot send is a warning, and the rest of the client is generated.
/// </summary>
public sealed class ClientConfigurationTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Config, version: "1" }
        servers:
          - url: https://{tenant}.{region}.example.test/{version}
            variables:
              tenant: { default: "00000000-0000-0000-0000-000000000000", x-tratta-required: true, x-tratta-format: uuid }
              region: { default: eu, enum: [eu, us] }
              version: { default: v1 }
        security:
          - bearer: []
          - key: []
            cookie: []
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200': { description: Things., content: { application/json: { schema: { type: array, items: { type: string } } } } }
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
            basic: { type: http, scheme: basic }
            key: { type: apiKey, in: query, name: api_key }
            cookie: { type: apiKey, in: cookie, name: session }
            oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: "https://auth.example.test/token", scopes: {} } } }
            mtls: { type: mutualTLS }
        """;

    private const string TenantId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static readonly Lazy<(GeneratorRun Run, Assembly Assembly)> Generated = new(() =>
    {
        var run = GeneratorHarness.Run(Spec);
        return (run, run.Load());
    });

    [Fact]
    public void Each_variable_and_credential_is_a_property_and_a_scheme_the_client_cannot_send_is_a_located_warning()
    {
        var (run, _) = Generated.Value;

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("TRATTA017", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(Spec.Split('\n').ToList().FindIndex(line => line.TrimStart().StartsWith("mtls:", StringComparison.Ordinal)), warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.CompilationProblems());
        var properties = OptionsType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["AccessToken", "AccessTokenProvider", "BearerToken", "BearerTokenProvider", "CookieApiKey", "KeyApiKey", "Password", "Region", "Tenant", "UserName", "Version"], properties);
    }

    [Fact]
    public void The_server_url_is_put_together_from_the_escaped_variables_and_their_defaults()
    {
        var options = Options(("Tenant", TenantId), ("BearerToken", "token"));

        Assert.Empty(Validate(options));
        Assert.Equal($"https://{TenantId}.eu.example.test/v1/", Invoke<Uri>(options, "GetBaseAddress").ToString());
        Set(options, "Region", "us");
        Assert.Equal($"https://{TenantId}.us.example.test/v1/", Invoke<Uri>(options, "GetBaseAddress").ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_no_value_is_repeated()
    {
        var options = Options(("Tenant", "sk_live_SECRET"), ("Region", "mars"), ("Version", "v1/../admin"), ("KeyApiKey", " padded"), ("CookieApiKey", "Bot with a space"));

        var problems = Validate(options);

        Assert.Equal(
            [
                "Test:Tenant must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; the value set (14 characters) is not one.",
                "Test:Region must be one of eu, us; the value set (4 characters) is not one.",
                "Test:Version goes into the server URL and must not contain '/', '?', '#', '@', ':', '%', a backslash or white space.",
                "Test:KeyApiKey starts or ends with a space, or contains a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy it again without them.",
            ],
            problems);
        Assert.DoesNotContain(problems, p => p.Contains("SECRET", StringComparison.Ordinal) || p.Contains("mars", StringComparison.Ordinal) || p.Contains("padded", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_any_credential_the_options_say_which_ones_the_api_takes()
    {
        var problem = Assert.Single(Validate(Options(("Tenant", TenantId))));

        Assert.StartsWith("Set Test:BearerToken (the bearer token) or Test:UserName and Test:Password", problem);
    }

    [Fact]
    public void Only_the_schemes_with_a_credential_are_sent_and_ToString_shows_no_secret()
    {
        var options = Options(("Tenant", TenantId), ("KeyApiKey", "sk_key_SECRET"), ("CookieApiKey", "sk_cookie_SECRET"), ("Password", "pw_SECRET"));

        var credentials = Invoke<IReadOnlyDictionary<string, Tratta.Runtime.ApiCredential>>(options, "GetCredentials");
        var text = options.ToString()!;

        Assert.Equal(["basic", "cookie", "key"], credentials.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("SECRET", text);
        Assert.DoesNotContain("SECRET", string.Join(" ", credentials.Values));
        Assert.Contains("KeyApiKey = [REDACTED]", text);
        Assert.Contains("BearerToken = (none)", text);
        Assert.Contains($"Tenant = {TenantId}", text);
    }

    [Theory]
    [InlineData("http://api.example.test/v1", "The spec's server http://api.example.test uses plain http: the credentials would cross the network readable by anyone on the way. Set Test:BaseUrl to an https URL.")]
    [InlineData("/api/v1", "The spec gives no absolute http(s) server URL")]
    public void A_spec_server_that_is_not_fit_for_credentials_or_not_absolute_is_reported(string server, string problem)
    {
        var assembly = GeneratorHarness.Run(MiniSpec($"servers: [ {{ url: \"{server}\" }} ]\n")).Load();
        var options = Activator.CreateInstance(assembly.GetType("Test.Api.TestClientOptions")!)!;
        options.GetType().GetProperty("BearerToken")!.SetValue(options, "token");

        var problems = (IReadOnlyList<string>)options.GetType().GetMethod("Validate")!.Invoke(options, null)!;

        Assert.StartsWith(problem, Assert.Single(problems));
    }

    [Fact]
    public void A_variable_that_holds_a_piece_of_url_goes_in_as_it_is_and_placeholders_that_are_not_variables_stay()
    {
        var assembly = GeneratorHarness.Run(MiniSpec("servers:\n  - url: \"{origin}/{basePath}/{unknown}/x\"\n    variables:\n      origin: { default: \"https://eu.example.test\" }\n      basePath: { default: \"v2/beta\" }\n")).Load();
        var options = Activator.CreateInstance(assembly.GetType("Test.Api.TestClientOptions")!)!;
        options.GetType().GetProperty("BearerToken")!.SetValue(options, "token");

        Assert.Empty((IReadOnlyList<string>)options.GetType().GetMethod("Validate")!.Invoke(options, null)!);
        Assert.Equal("https://eu.example.test/v2/beta/%7Bunknown%7D/x/", ((Uri)options.GetType().GetMethod("GetBaseAddress")!.Invoke(options, null)!).AbsoluteUri);
    }

    [Fact]
    public void A_first_path_segment_named_like_a_member_of_the_client_becomes_a_group_of_another_name()
    {
        var run = GeneratorHarness.Run(MiniSpec("servers: [ { url: \"https://api.example.test\" } ]\n").Replace("/things:", "/create:"));

        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(run.Output.GetTypeByMetadataName("Test.Api.TestClient")!.GetMembers("CreateApi").SingleOrDefault());
    }

    private static string MiniSpec(string servers) =>
        "openapi: 3.1.0\ninfo: { title: Mini, version: \"1\" }\n" + servers +
        "security: [ { bearer: [] } ]\npaths:\n  /things:\n    get:\n      operationId: listThings\n      responses:\n        '204': { description: None. }\n" +
        "components:\n  securitySchemes:\n    bearer: { type: http, scheme: bearer }\n";

    private static Type OptionsType() => Generated.Value.Assembly.GetType("Test.Api.TestClientOptions")!;

    private static object Options(params (string Name, string Value)[] values)
    {
        var options = Activator.CreateInstance(OptionsType())!;
        foreach (var (name, value) in values)
        {
            Set(options, name, value);
        }

        return options;
    }

    private static void Set(object options, string name, string value) => OptionsType().GetProperty(name)!.SetValue(options, value);

    private static T Invoke<T>(object options, string method) => (T)OptionsType().GetMethod(method, Type.EmptyTypes)!.Invoke(options, null)!;

    private static IReadOnlyList<string> Validate(object options) => Invoke<IReadOnlyList<string>>(options, "Validate");
}
