using System;
using System.Net.Http;
using System.Threading.Tasks;
using Features.Parameters;
using Tratta.OpenApi.Tests.Infrastructure;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Specs/parameters.yaml: path, query, header and cookie parameters in every style and explode, as sent over the wire.</summary>
public sealed class ParameterTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly ParametersClient _client = new(new HttpClient(), new ParametersClientOptions { BaseUrl = fixture.Server.Address });

    [Fact]
    public async Task Path_parameters_are_simple_label_and_matrix_and_a_name_in_two_places_is_two_parameters()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Items.GetAsync("a/b", ["x", "y z"], new Point { X = 1, Y = 2 }, idQuery: 5);

        Assert.Equal("/items/a%2Fb/.x.y%20z/;coords=x,1,y,2?id=5", fixture.Server.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task Query_parameters_follow_their_style_and_explode()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Search.ListAsync(
            limit: 10,
            xTraceId: "t-1",
            tags: ["a", "b"],
            ids: [1, 2],
            words: ["x", "y"],
            codes: ["p", "q"],
            filter: new Filter { Status = "open", Owner = new FilterOwner { Email = "a@b.c" }, Labels = ["l1", "l2"] },
            range: new Features.Parameters.Range { Gt = 1, Lt = 9 },
            since: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            @on: new DateOnly(2026, 1, 2),
            active: true,
            sort: SearchSort.Desc,
            expand: ["customer", "invoice"],
            pageSize: 10,
            pageSize2: 20,
            next: "/a?b=c",
            @where: new Features.Parameters.Range { Gt = 1 });

        Assert.Equal(
            "/search?limit=10&tags=a&tags=b&ids=1,2&words=x%20y&codes=p%7Cq"
            + "&filter%5Bstatus%5D=open&filter%5Bowner%5D%5Bemail%5D=a%40b.c&filter%5Blabels%5D%5B%5D=l1&filter%5Blabels%5D%5B%5D=l2"
            + "&gt=1&lt=9&since=2026-01-02T03%3A04%3A05.0000000%2B00%3A00&on=2026-01-02&active=true&sort=desc"
            + "&expand%5B%5D=customer&expand%5B%5D=invoice&page.size=10&page_size=20&next=/a?b=c&where=%7B%22gt%22%3A1%7D",
            fixture.Server.LastRequest.PathAndQuery);
    }

    [Fact]
    public async Task Header_and_cookie_parameters_are_simple_and_form_and_a_declared_Accept_header_is_ignored()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Search.ListAsync(limit: 1, xTraceId: "t-2", xTags: ["h1", "h2"], xPoint: new Point { X = 1, Y = 2 }, session: "s 1", prefs: ["p1", "p2"]);

        var request = fixture.Server.LastRequest;
        Assert.Equal("t-2", request.Header("X-Trace-Id"));
        Assert.Equal("h1,h2", request.Header("X-Tags"));
        Assert.Equal("x=1,y=2", request.Header("X-Point"));
        Assert.Equal("session=s%201; prefs=p1,p2", request.Header("Cookie"));
        Assert.Equal("application/json", request.Header("Accept"));
    }

    [Fact]
    public async Task A_path_value_that_would_leave_its_segment_is_refused_before_sending()
    {
        var before = fixture.Server.Requests.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => _client.Items.GetAsync("..", ["x"], new Point()));

        Assert.Equal(before, fixture.Server.Requests.Count);
    }

    [Fact]
    public async Task A_header_value_with_a_line_break_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _client.Search.ListAsync(limit: 1, xTraceId: "a\r\nX-Injected: 1"));
    }
}
