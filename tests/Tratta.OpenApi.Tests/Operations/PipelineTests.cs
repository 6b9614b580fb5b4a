using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Features.Bodies;
using Features.Responses;
using Tratta.OpenApi.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Files through the whole pipeline of <c>Create</c> (retries, timeouts): an upload can be sent again, a download is streamed.</summary>
public sealed class PipelineTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_upload_from_a_stream_that_cannot_rewind_is_sent_whole_again_on_a_retry()
    {
        var options = new BodiesClientOptions { BaseUrl = fixture.Server.Address };
        options.Resilience.Retry.Delay = TimeSpan.Zero;
        var client = BodiesClient.Create(options);
        fixture.Server.Respond(CannedResponse.Json("{}", status: 503)).Respond(CannedResponse.Empty());
        var before = fixture.Server.Requests.Count;

        await client.Images.UpdateAsync("img-1", new FileContent(new ForwardOnlyStream([1, 2, 3, 4]), "x.png", "image/png"));

        var attempts = fixture.Server.Requests.Skip(before).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, attempt => Assert.Equal(new byte[] { 1, 2, 3, 4 }, attempt.Body));
    }

    [Fact]
    public async Task A_download_through_the_pipeline_is_read_by_the_caller()
    {
        var client = ResponsesClient.Create(new ResponsesClientOptions { BaseUrl = fixture.Server.Address });
        var payload = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();
        fixture.Server.Respond(new CannedResponse(200, "application/zip", payload));

        await using var artifact = await client.Jobs.Artifact.GetJobArtifactAsync("1");
        using var copy = new MemoryStream();
        await artifact.Content.CopyToAsync(copy);

        Assert.Equal(payload, copy.ToArray());
    }

    /// <summary>A stream that can be read once, front to back, as a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Length => throw new NotSupportedException();
    }
}
