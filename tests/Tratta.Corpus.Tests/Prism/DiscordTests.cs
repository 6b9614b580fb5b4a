using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Discord;
using Tratta.Runtime;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class DiscordMock() : PrismMock("discord-api.json");

/// <summary>
/// Discord's HTTP API: a union response told apart by disjoint enum sets, a union body with integer tags, a union
/// query parameter (one id or a list), an array body, an emoji in the path, snowflake strings, deletes without
/// content, and the typed 4XX error body on the exception.
/// </summary>
public sealed class DiscordTests(DiscordMock mock) : IClassFixture<DiscordMock>
{
    private const string ChannelId = "41771983423143937";
    private const string MessageId = "1068403218312515646";
    private const string ApplicationId = "1080016123410731028";
    private const string GuildId = "197038439483310086";

    private readonly DiscordClient _client = new(mock.CreateHttpClient(), Options(mock));

    [Fact]
    public async Task A_channel_is_read_into_the_case_its_tag_selects_or_kept_as_it_came()
    {
        var channel = await _client.Channels.GetAsync(ChannelId);

        // Prism's example channel has a guild channel's properties but type 1 (a private channel's tag), which fits
        // no case: the union keeps it whole instead of failing the call.
        object?[] cases = [channel.GuildChannelResponse, channel.PrivateChannelResponse, channel.PrivateGroupChannelResponse, channel.ThreadResponse, channel.Unknown];
        Assert.Single(cases, value => value is not null);
        Assert.Equal("string", channel.Unknown?.GetProperty("id").GetString() ?? channel.GuildChannelResponse?.Id ?? channel.ThreadResponse?.Id);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Messages_are_listed_posted_and_deleted()
    {
        Assert.NotNull(await _client.Channels.Messages.ListAsync(ChannelId, before: MessageId, limit: 50));
        Assert.NotNull((await _client.Channels.Messages.CreateAsync(ChannelId, new MessageCreateRequest { Content = "Hello from Tratta.Gen" })).Id);
        await _client.Channels.Messages.DeleteAsync(ChannelId, MessageId);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_reaction_with_an_emoji_in_the_path_is_added()
    {
        await _client.Channels.Messages.Reactions.Me.AddMyMessageReactionAsync(ChannelId, MessageId, "👍");

        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Commands_are_replaced_with_an_array_body()
    {
        var commands = await _client.Applications.Commands.BulkSetApplicationCommandsAsync(ApplicationId, [new ApplicationCommandUpdateRequest { Name = "ping", Description = "Replies pong" }, new ApplicationCommandUpdateRequest { Name = "help", Description = "Lists the commands" }]);

        Assert.NotNull(commands);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Entitlements_are_filtered_by_a_union_query_parameter()
    {
        Assert.NotNull(await _client.Applications.Entitlements.ListAsync(ApplicationId, skuIds: GetEntitlementsSkuIds.FromStringList(["1088510058284990888", "1088510058284990889"]), limit: 10, excludeEnded: true));
        Assert.NotNull(await _client.Applications.Entitlements.ListAsync(ApplicationId, skuIds: "1088510058284990888"));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_guild_and_its_members_are_read()
    {
        Assert.NotNull((await _client.Guilds.GetAsync(GuildId, withCounts: true)).Name);
        Assert.NotNull(await _client.Guilds.Members.ListAsync(GuildId, limit: 100));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_interaction_is_answered_with_a_union_body()
    {
        await _client.Interactions.Callback.CreateAsync("1080016123410731029", "token", new PongInteractionCallbackRequest { Type = InteractionCallbackTypes.Pong });

        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_4XX_answer_carries_the_typed_error_body()
    {
        var client = new DiscordClient(new HttpClient(new PreferStatus("404")), Options(mock));

        var failure = await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Channels.GetAsync(ChannelId));

        var error = Assert.IsType<ErrorResponse>(failure.Error);
        Assert.NotNull(error.Message);
    }

    private static DiscordClientOptions Options(DiscordMock mock) => new() { BaseUrl = mock.Address, ApiKey = "Bot discord-token" };

    /// <summary>Asks Prism for the response of one status (its <c>Prefer: code=…</c> header).</summary>
    private sealed class PreferStatus(string status) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "code=" + status);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
