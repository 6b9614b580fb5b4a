using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Corpus.Ory;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class OryMock() : PrismMock("ory-client.json");

/// <summary>
/// Ory Network: a server variable, operations on another server (the control plane), query lists of enums, a
/// JSON Patch body, a text body, free-form JSON, a header parameter named Cookie, several bearer schemes. (Its
/// login bodies are a oneOf in which one case matches every value, so no body can pass Prism's oneOf check; unions
/// in bodies are exercised with Discord's and OpenAI's documents.)
/// </summary>
public sealed class OryTests(OryMock mock) : IClassFixture<OryMock>
{
    private const string IdentityId = "9f425a8d-7efc-4768-8f23-7647a74fdf13";

    private readonly OryClient _client = new(mock.CreateHttpClient(), new OryClientOptions { BaseUrl = mock.Address, OryAccessToken = "ory_pat_x", OryWorkspaceApiKey = "ory_wak_x" });

    [Fact]
    public async Task An_identity_is_created_with_free_form_traits()
    {
        using var traits = JsonDocument.Parse("""{"email":"jane@example.com","name":{"first":"Jane"}}""");

        var identity = await _client.Admin.Identities.CreateAsync(new CreateIdentityBody { SchemaId = "default", Traits = traits.RootElement.Clone() });

        Assert.NotEqual(System.Guid.Empty, identity.Id);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Identities_are_listed_with_query_lists_and_an_enum()
    {
        var identities = await _client.Admin.Identities.ListAsync(pageSize: 50, consistency: ListIdentitiesConsistency.Strong, ids: [IdentityId, "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"], includeCredential: ["password", "totp"]);

        Assert.NotNull(identities);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_identity_is_read_patched_and_deleted()
    {
        Assert.NotEqual(System.Guid.Empty, (await _client.Admin.Identities.GetAsync(IdentityId, includeCredential: [GetIdentityIncludeCredentialItem.Password, GetIdentityIncludeCredentialItem.Webauthn])).Id);
        Assert.NotNull(await _client.Admin.Identities.PatchIdentityAsync(IdentityId, [new JsonPatch { Op = JsonPatchOp.Replace, Path = "/state", Value = JsonDocument.Parse("\"inactive\"").RootElement }]));
        await _client.Admin.Identities.DeleteAsync(IdentityId);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_permission_model_is_checked_as_a_text_body()
    {
        var result = await _client.Opl.Syntax.Check.CheckOplSyntaxAsync("class User implements Namespace {}");

        Assert.NotNull(result);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_identity_schema_is_free_form_json()
    {
        var schema = await _client.Schemas.GetAsync("default");

        Assert.NotEqual(JsonValueKind.Undefined, schema.ValueKind);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_login_flow_is_read_with_a_header_parameter_named_cookie()
    {
        var flow = await _client.SelfService.Login.Flows.GetLoginFlowAsync("a3b6c8d1-0000-4000-8000-000000000001", cookie: "ory_session_playground=abc");

        Assert.NotNull(flow.Ui);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Projects_are_listed_on_the_control_plane_server()
    {
        Assert.NotNull(await _client.Projects.ListAsync());
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Login_sessions_are_revoked_by_subject()
    {
        await _client.Admin.Oauth2.Auth.Sessions.Login.RevokeOAuth2LoginSessionsAsync(subject: "jane");

        mock.AssertNoViolations();
    }
}
