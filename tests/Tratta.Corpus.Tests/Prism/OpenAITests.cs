using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Corpus.OpenAI;
using Tratta.Runtime;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class OpenAIMock() : PrismMock("openai-openapi.yaml", explicitFormEncodings: true);

/// <summary>
/// OpenAI's API (3.7 MB): discriminated unions in bodies and responses, primitive-or-list unions, multipart uploads
/// with files, enums and lists, a binary (audio) response, a text response, a deepObject query parameter, an object
/// query parameter in form style, a header list, path keys with a fixed query (<c>?beta=true</c>), a deprecated
/// operation, and two bearer schemes.
/// </summary>
public sealed class OpenAITests(OpenAIMock mock) : IClassFixture<OpenAIMock>
{
    private readonly OpenAIClient _client = new(mock.CreateHttpClient(), new OpenAIClientOptions { BaseUrl = mock.Address, ApiKey = "sk-test", AdminApiKey = "sk-admin-test" });

    [Fact]
    public async Task Models_are_listed()
    {
        Assert.NotNull((await _client.Models.ListAsync()).Data);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_chat_completion_is_created_from_a_discriminated_message_list()
    {
        var completion = await _client.Chat.Completions.CreateAsync(new CreateChatCompletionRequest
        {
            Model = ModelIdsShared.Gpt55,
            Messages = [new ChatCompletionRequestSystemMessage { Content = "Be brief." }, new ChatCompletionRequestUserMessage { Content = "Say hello." }],
        });

        Assert.NotNull(completion.Choices);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Embeddings_take_a_string_or_a_list()
    {
        Assert.NotNull(await _client.Embeddings.CreateAsync(new CreateEmbeddingRequest { Input = "hello", Model = CreateEmbeddingRequestModel.TextEmbedding3Small }));
        Assert.NotNull(await _client.Embeddings.CreateAsync(new CreateEmbeddingRequest { Input = CreateEmbeddingRequestInput.FromStringList(["a", "b"]), Model = CreateEmbeddingRequestModel.TextEmbedding3Small }));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_is_uploaded_as_multipart_and_its_content_read_as_text()
    {
        var file = await _client.Files.CreateAsync(new CreateFileRequest { File = FileContent.FromBytes("{\"prompt\":\"hi\"}\n"u8.ToArray(), "train.jsonl", "application/jsonl"), Purpose = CreateFileRequestPurpose.FineTune });

        Assert.NotNull(file.Id);
        Assert.NotNull(await _client.Files.Content.DownloadFileAsync("file-abc123"));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Audio_is_transcribed_from_multipart_with_enum_lists()
    {
        var transcription = await _client.Audio.Transcriptions.CreateAsync(new CreateTranscriptionRequest
        {
            File = FileContent.FromBytes(new byte[16], "speech.mp3", "audio/mpeg"),
            Model = CreateTranscriptionRequestModel.Whisper1,
            Language = "en",
            TimestampGranularities = [CreateTranscriptionRequestTimestampGranularitiesItem.Word, CreateTranscriptionRequestTimestampGranularitiesItem.Segment],
        });

        Assert.NotNull(transcription);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Speech_is_a_binary_stream()
    {
        await using var speech = await _client.Audio.Speech.CreateAsync(new CreateSpeechRequest { Model = CreateSpeechRequestModel.Tts1, Input = "Hello", Voice = VoiceIdsShared.Alloy });

        using var audio = new MemoryStream();
        await speech.Content.CopyToAsync(audio);
        Assert.NotNull(speech.ContentType);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Fine_tuning_jobs_are_filtered_by_a_deep_object()
    {
        var jobs = await _client.FineTuning.Jobs.ListAsync(limit: 5, metadata: new System.Collections.Generic.Dictionary<string, string> { ["team"] = "search", ["stage"] = "beta" });

        Assert.NotNull(jobs);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Audit_logs_are_filtered_by_an_object_in_form_style_and_enum_lists()
    {
        var logs = await _client.Organization.AuditLogs.ListAsync(effectiveAt: new ListAuditLogsEffectiveAt { Gte = 1_700_000_000, Lt = 1_800_000_000 }, eventTypes: [AuditLogEventType.ApiKeyCreated, AuditLogEventType.ApiKeyUpdated], limit: 20);

        Assert.NotNull(logs);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_beta_path_with_a_fixed_query_takes_a_header_list()
    {
        var items = await _client.Responses.InputItems.BetaListInputItemsAsync("resp_123", limit: 10, openaiBeta: ["responses=v1", "assistants=v2"]);

        Assert.NotNull(items);
        mock.AssertNoViolations();
    }

#pragma warning disable CS0618 // The Assistants API is deprecated in the document: calling it is the point.
    [Fact]
    public async Task A_deprecated_operation_still_works()
    {
        Assert.NotNull(await _client.Assistants.ListAsync(limit: 10, order: ListAssistantsOrder.Desc));
        mock.AssertNoViolations();
    }
#pragma warning restore CS0618
}
