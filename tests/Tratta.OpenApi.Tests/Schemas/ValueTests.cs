using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Features.Values;
using Tratta.OpenApi.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;

namespace Tratta.OpenApi.Tests.Schemas;

/// <summary>Specs/values.yaml: enums, nullability, maps, formats, recursion, readOnly and writeOnly, JSON Schema validation.</summary>
public sealed class ValueTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string WidgetJson = """
        {"id":"6f1c9a52-3b61-4a55-9d8e-0f0a3c1c2b7d","name":"w","created_at":"2026-12-02T10:30:00+01:00","ships_on":"2026-12-24",
         "opens_at":"09:30:00","weight":1.5,"ratio":0.25,"price":19.99,"count":3,"views":9007199254740993,
         "homepage":"https://example.com/w","thumbnail":"AQID","epoch":1764670000,"serial":"SN-1",
         "check":"3DSECURE","priority":2,"version":2,"discount":null,
         "attributes":{"color":"red","size":"L"},"owner":{"name":"Ann","age":41,"shoe":38},"extra":{"anything":[1,"two"]}}
        """;

    private readonly ValuesClient _client = new(new HttpClient(), new ValuesClientOptions { BaseUrl = fixture.Server.Address });

    [Fact]
    public async Task Formats_become_their_dotnet_types()
    {
        fixture.Server.RespondJson(WidgetJson);

        var widget = await _client.Widgets.GetAsync(Guid.Parse("6f1c9a52-3b61-4a55-9d8e-0f0a3c1c2b7d"));

        Assert.Equal(Guid.Parse("6f1c9a52-3b61-4a55-9d8e-0f0a3c1c2b7d"), widget.Id);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(1)), widget.CreatedAt);
        Assert.Equal(new DateOnly(2026, 12, 24), widget.ShipsOn);
        Assert.Equal("09:30:00", widget.OpensAt);
        Assert.Equal((1.5, 0.25, 19.99m), (widget.Weight, widget.Ratio, widget.Price));
        Assert.Equal((3, 9007199254740993L, 1764670000L), (widget.Count, widget.Views, widget.Epoch));
        Assert.Equal(new byte[] { 1, 2, 3 }, widget.Thumbnail);
        Assert.Equal("SN-1", widget.Serial);
        Assert.Equal("/widgets/6f1c9a52-3b61-4a55-9d8e-0f0a3c1c2b7d", fixture.Server.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task Enum_values_that_are_not_identifiers_and_unknown_values_are_kept()
    {
        fixture.Server.RespondJson(WidgetJson).RespondJson(WidgetJson.Replace("\"3DSECURE\"", "\"BIOMETRIC\"").Replace("\"priority\":2", "\"priority\":9"));

        var known = await _client.Widgets.GetAsync(Guid.NewGuid());
        var unknown = await _client.Widgets.GetAsync(Guid.NewGuid());

        Assert.Equal(Checks._3DSECURE, known.Check);
        Assert.Equal(Priority.Value2, known.Priority);
        Assert.Equal(("BIOMETRIC", false), (unknown.Check.Value, unknown.Check.IsKnown));
        Assert.Equal((9L, false), (unknown.Priority.Value, unknown.Priority.IsKnown));
        Assert.Equal(["3DSECURE", "0000", "-", "a b", ""], new[] { Checks._3DSECURE, Checks._0000, Checks.Value2, Checks.AB, Checks.Empty }.Select(c => c.Value));
    }

    [Fact]
    public async Task Maps_sit_beside_declared_properties_and_free_form_json_is_kept()
    {
        fixture.Server.RespondJson(WidgetJson);

        var widget = await _client.Widgets.GetAsync(Guid.NewGuid());

        Assert.Equal("red", widget.Attributes["color"]);
        Assert.Equal("Ann", widget.Owner.Name);
        Assert.Equal(41, widget.Owner.AdditionalProperties!["age"]);
        Assert.Equal(38, widget.Owner.AdditionalProperties["shoe"]);
        Assert.Equal("two", widget.Extra!.Value.GetProperty("anything")[1].GetString());
    }

    [Fact]
    public async Task A_required_nullable_property_may_be_null_but_not_missing()
    {
        fixture.Server.RespondJson(WidgetJson).RespondJson(WidgetJson.Replace("\"discount\":null,", ""));

        Assert.Null((await _client.Widgets.GetAsync(Guid.NewGuid())).Discount);
        var missing = await Assert.ThrowsAsync<ApiTransportException>(() => _client.Widgets.GetAsync(Guid.NewGuid()));
        Assert.Contains("discount", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_optional_nullable_request_field_is_left_out_unless_set_and_sent_as_null_when_set_to_null()
    {
        fixture.Server.RespondJson(WidgetJson).RespondJson(WidgetJson);
        var request = new WidgetRequest { Name = "ab", Size = 2, Tags = ["t"] };

        await _client.Widgets.CreateAsync(request);
        var leftOut = fixture.Server.LastRequest.BodyText;
        await _client.Widgets.CreateAsync(request with { Note = null, LegacyNote = "kept" });
        var cleared = fixture.Server.LastRequest.BodyText;

        Assert.Equal("""{"name":"ab","size":2,"tags":["t"]}""", leftOut);
        Assert.Equal("""{"name":"ab","size":2,"tags":["t"],"note":null,"legacy_note":"kept"}""", cleared);
    }

    [Fact]
    public async Task ReadOnly_properties_are_never_sent_and_writeOnly_ones_are()
    {
        fixture.Server.RespondJson(WidgetJson);

        await _client.Widgets.CreateAsync(new WidgetRequest { Name = "ab", Size = 2, Tags = ["t"], Id = "server-assigned", Secret = "s3cret" });

        Assert.Equal("""{"name":"ab","size":2,"tags":["t"],"secret":"s3cret"}""", fixture.Server.LastRequest.BodyText);
    }

    [Fact]
    public async Task Recursive_and_mutually_recursive_schemas_are_read_to_any_depth()
    {
        fixture.Server.RespondJson("""
            {"root":{"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]},
             "keeper":{"name":"Ann","pets":[{"name":"Rex","owner":{"name":"Ann","pets":[]}}]}}
            """);

        var forest = await _client.Trees.GetAsync(1);

        Assert.Equal("c", forest.Root.Children![0].Children![0].Name);
        Assert.Equal("Ann", forest.Keeper.Pets![0].Owner!.Name);
    }

    [Fact]
    public async Task Json_schema_rules_reject_the_request_before_it_is_sent_with_every_error()
    {
        var before = fixture.Server.Requests.Count;
        var bad = new WidgetRequest { Name = "X", Size = 9, Tags = [], Email = "not-an-email", Color = new WidgetRequestColor("blue") };

        var failure = await Assert.ThrowsAsync<ApiValidationException>(() => _client.Widgets.CreateAsync(bad));

        Assert.Equal(before, fixture.Server.Requests.Count);
        Assert.Equal(["name", "size", "tags", "email", "color"], failure.Errors.Keys);
        Assert.Equal("name must be at least 2 characters long.", failure.Errors["name"][0]);
        Assert.Equal("size must be between 1 and 5.", failure.Errors["size"][0]);
        Assert.Equal("color must be one of the values the spec lists.", failure.Errors["color"][0]);
    }
}
