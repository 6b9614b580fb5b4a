using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Features.Responses;
using Tratta.OpenApi.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Specs/responses.yaml: several success bodies, 204, text and binary bodies, typed error bodies.</summary>
public sealed class ResponseTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly ResponsesClient _client = new(new HttpClient(), new ResponsesClientOptions { BaseUrl = fixture.Server.Address });

    [Fact]
    public async Task Success_statuses_with_different_bodies_say_which_came()
    {
        fixture.Server.RespondJson("""{"output":"42"}""").RespondJson("""{"ticket":"t-9"}""", status: 202);

        var done = await _client.Jobs.SubmitJobAsync();
        var queued = await _client.Jobs.SubmitJobAsync();

        Assert.Equal((200, "42", null), (done.Status, done.Ok?.Output, done.Accepted));
        Assert.Equal((202, null, "t-9"), (queued.Status, queued.Ok, queued.Accepted?.Ticket));
    }

    [Fact]
    public async Task A_specific_error_status_reads_its_own_type_and_a_range_its_own()
    {
        fixture.Server.RespondJson("""{"existing_id":"job-1"}""", status: 409).RespondJson("""{"title":"Bad job","status":400}""", status: 400);

        var conflict = await Assert.ThrowsAsync<ApiException>(() => _client.Jobs.SubmitJobAsync());
        var invalid = await Assert.ThrowsAsync<ApiException>(() => _client.Jobs.SubmitJobAsync());

        Assert.Equal("job-1", Assert.IsType<Conflict>(conflict.Error).ExistingId);
        Assert.Equal("Bad job", Assert.IsType<Problem>(invalid.Error).Title);
    }

    [Fact]
    public async Task A_5XX_problem_document_is_typed_on_the_server_exception()
    {
        fixture.Server.Respond(CannedResponse.Text("""{"title":"Down for maintenance","status":503}""", "application/problem+json", status: 503));

        var failure = await Assert.ThrowsAsync<ApiServerException>(() => _client.Jobs.SubmitJobAsync());

        Assert.Equal("Down for maintenance", Assert.IsType<Problem>(failure.Error).Title);
    }

    [Fact]
    public async Task A_default_error_response_types_any_error_status()
    {
        fixture.Server.Respond(CannedResponse.Empty()).RespondJson("""{"title":"Gone"}""", status: 410);

        await _client.Jobs.DeleteAsync("1");
        var gone = await Assert.ThrowsAsync<ApiException>(() => _client.Jobs.DeleteAsync("2"));

        Assert.Equal("Gone", Assert.IsType<Problem>(gone.Error).Title);
    }

    [Fact]
    public async Task An_error_body_of_another_shape_leaves_the_error_unread_but_the_status_known()
    {
        fixture.Server.Respond(CannedResponse.Text("<html>oops</html>", "text/html", status: 400));

        var failure = await Assert.ThrowsAsync<ApiException>(() => _client.Jobs.SubmitJobAsync());

        Assert.Null(failure.Error);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, failure.StatusCode);
    }

    [Fact]
    public async Task A_text_body_is_a_string_asked_for_with_its_media_type()
    {
        fixture.Server.Respond(CannedResponse.Text("line 1\nline 2"));

        var log = await _client.Jobs.Log.GetJobLogAsync("1");

        Assert.Equal("line 1\nline 2", log);
        Assert.Equal("text/plain", fixture.Server.LastRequest.Header("Accept"));
    }

    [Fact]
    public async Task A_binary_body_is_streamed_with_its_type_and_file_name()
    {
        fixture.Server.Respond(new CannedResponse(200, "application/zip", [0x50, 0x4B, 3, 4]) { Headers = new Dictionary<string, string> { ["Content-Disposition"] = "attachment; filename=\"job-1.zip\"" } });

        await using var artifact = await _client.Jobs.Artifact.GetJobArtifactAsync("1");
        using var copy = new MemoryStream();
        await artifact.Content.CopyToAsync(copy);

        Assert.Equal(new byte[] { 0x50, 0x4B, 3, 4 }, copy.ToArray());
        Assert.Equal(("application/zip", "job-1.zip", 4L), (artifact.ContentType, artifact.FileName, artifact.Length));
        Assert.Equal("application/zip", fixture.Server.LastRequest.Header("Accept"));
    }

    [Fact]
    public async Task A_204_beside_a_body_is_null()
    {
        fixture.Server.RespondJson("""{"output":"ready"}""").Respond(CannedResponse.Empty());

        Assert.Equal("ready", (await _client.Jobs.Status.GetJobStatusAsync("1"))?.Output);
        Assert.Null(await _client.Jobs.Status.GetJobStatusAsync("2"));
    }
}
