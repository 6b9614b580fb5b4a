using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Features.Names;
using Features.Tagged;
using Tratta.OpenApi.Tests.Infrastructure;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Specs/tags.yaml (grouped by tag through the item's Grouping) and Specs/names.yaml (names C# cannot take as written).</summary>
public sealed class GroupingAndNamingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Operations_are_grouped_by_their_first_tag_and_keep_their_operationIds()
    {
        var client = new TaggedClient(new HttpClient(), new TaggedClientOptions { BaseUrl = fixture.Server.Address });
        fixture.Server.RespondJson("""{"amount":250}""").Respond(CannedResponse.Empty()).Respond(CannedResponse.Empty());

        Assert.Equal(250, (await client.Accounts.GetAccountBalanceAsync("acc_1")).Amount);
        await client.Accounts.OpenAccountAsync();
        await client.PingAsync();
        Assert.Equal("/v1/health", fixture.Server.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task Inline_schemas_are_named_from_where_they_sit()
    {
        var client = new NamesClient(new HttpClient(), new NamesClientOptions { BaseUrl = fixture.Server.Address });
        fixture.Server.RespondJson("""{"class":"c","2fa":true,"first-name":"a","first_name":"b","Order":"o","items":[{"sku":"s"}]}""");

        var order = await client.Orders.CreateAsync(new CreateOrderRequest { Shipping = new CreateOrderRequestShipping { Address = new CreateOrderRequestShippingAddress { Line1 = "1 Main St" } } });

        Assert.Equal("""{"shipping":{"address":{"line1":"1 Main St"}}}""", fixture.Server.LastRequest.BodyText);
        Assert.Equal(("c", true, "a", "b", "o", "s"), (order.Class, order._2fa, order.FirstName, order.FirstName2, order.OrderValue, order.Items![0].Sku));
    }

    [Fact]
    public void Names_equal_after_csharp_naming_keywords_digits_and_very_long_names_all_get_types()
    {
        Assert.NotNull(typeof(Order2).GetProperty("Id"));
        Assert.NotNull(typeof(Namespace).GetProperty("Value"));
        Assert.NotNull(typeof(_400).GetProperty("Message"));
        var longest = typeof(NamesClient).Assembly.GetTypes()
            .Where(t => t.Namespace == "Features.Names" && t.Name.StartsWith("AVeryLongSchemaName", System.StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3, longest.Count);
        Assert.All(longest, t => Assert.True(t.Name.Length <= 120, t.Name));
    }
}
