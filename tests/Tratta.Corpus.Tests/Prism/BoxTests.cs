using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Corpus.Box;
using Tratta.Runtime;
using Xunit;
using Task = System.Threading.Tasks.Task;

namespace Tratta.Corpus.Tests.Prism;

public sealed class BoxMock() : PrismMock("box-platform.json", explicitFormEncodings: true);

/// <summary>
/// Box Platform: a form-encoded token request, a multipart upload (JSON part before the file part) on the upload
/// server, a binary chunk upload with required headers, file downloads, a JSON Patch body
/// (application/json-patch+json), comma-separated query lists (explode: false), conditional-request headers.
/// </summary>
public sealed class BoxTests(BoxMock mock) : IClassFixture<BoxMock>
{
    private const string FileId = "12345";

    private readonly BoxClient _client = new(mock.CreateHttpClient(), new BoxClientOptions { BaseUrl = mock.Address, AccessToken = "box-token" });

    [Fact]
    public async Task A_token_is_requested_with_a_form_body()
    {
        var token = await _client.Oauth2.Token.PostOauth2TokenAsync(new PostOAuth2Token { GrantType = PostOAuth2TokenGrantType.ClientCredentials, ClientId = "client", ClientSecret = "secret", BoxSubjectType = PostOAuth2TokenBoxSubjectType.Enterprise, BoxSubjectId = "42" });

        Assert.NotNull(token);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_is_uploaded_as_multipart_with_its_attributes_first()
    {
        var file = FileContent.FromBytes("hello box"u8.ToArray(), "hello.txt", "text/plain");

        var uploaded = await _client.Files.Content.PostFilesContentAsync(
            new PostFilesContentRequest { Attributes = new PostFilesContentRequestAttributes { Name = "hello.txt", Parent = new PostFilesContentRequestAttributesParent { Id = "0" } }, File = file },
            fields: ["name", "size"]);

        Assert.NotNull(uploaded);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_is_read_with_a_comma_separated_field_list()
    {
        var file = await _client.Files.GetFilesIdAsync(FileId, fields: ["name", "size", "modified_at"], ifNoneMatch: "1");

        Assert.NotNull(file.Id);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_is_downloaded_as_a_stream()
    {
        await using var download = await _client.Files.Content.GetFilesIdContentAsync(FileId, range: "bytes=0-99");

        Assert.NotNull(download);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_avatar_image_is_downloaded()
    {
        await using var avatar = await _client.Users.Avatar.GetUsersIdAvatarAsync("11446498");

        Assert.NotNull(avatar.Content);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_file_is_renamed_with_if_match_and_deleted()
    {
        Assert.NotNull(await _client.Files.PutFilesIdAsync(FileId, new PutFilesIdRequest { Name = "renamed.txt", Description = "Renamed" }, fields: ["name"], ifMatch: "1"));
        await _client.Files.DeleteAsync(FileId, ifMatch: "1");
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Metadata_is_updated_with_a_json_patch_body()
    {
        var metadata = await _client.Files.Metadata.UpdateAsync(
            FileId,
            PutFilesIdMetadataIdIdScope.Enterprise,
            "contract",
            [new PutFilesIdMetadataIdIdRequestItem { Op = PutFilesIdMetadataIdIdRequestItemOp.Replace, Path = "/status", Value = "signed" }]);

        Assert.NotNull(metadata);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_folder_is_listed_with_enum_query_parameters()
    {
        var folder = await _client.Folders.GetFoldersIdAsync("0", sort: GetFoldersIdSort.Name, direction: GetFoldersIdDirection.Asc, limit: 100);

        Assert.NotNull(folder);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_chunk_is_uploaded_as_a_binary_body_with_its_digest_and_range()
    {
        var chunk = FileContent.FromBytes(new byte[8], "part");

        var part = await _client.Files.UploadSessions.UpdateAsync("F971964745A5CD0C001BBE4E58196BFD", "sha=fpRyg5eVQletdZqEKaFlqwBXJzM=", "bytes 0-7/16", chunk);

        Assert.NotNull(part);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Search_takes_query_lists_and_enums()
    {
        var results = await _client.Search.GetSearchAsync(queryParameter: "contract", fileExtensions: ["pdf", "docx"], contentTypes: [GetSearchContentTypesItem.Name, GetSearchContentTypesItem.Description], limit: 10);

        Assert.NotNull(results);
        mock.AssertNoViolations();
    }
}
