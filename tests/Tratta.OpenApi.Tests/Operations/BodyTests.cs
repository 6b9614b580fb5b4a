using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Features.Bodies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Tratta.OpenApi.Tests.Infrastructure;
using Tratta.Runtime;
using Xunit;

namespace Tratta.OpenApi.Tests.Operations;

/// <summary>Specs/bodies.yaml: form-encoded, multipart, binary, text and merge-patch bodies, byte for byte.</summary>
public sealed class BodyTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly BodiesClient _client = new(new HttpClient(), new BodiesClientOptions { BaseUrl = fixture.Server.Address });

    private static PaymentMethodForm Form => new()
    {
        Type = "card",
        Card = new PaymentMethodFormCard { CardHolder = "John Doe", CardNumber = "4242424242424242", Exp = new PaymentMethodFormCardExp { Month = 12, Year = 2030 } },
        Items = [new PaymentMethodFormItemsItem { Price = "9.99", Quantity = 2 }, new PaymentMethodFormItemsItem { Price = "1.00", Quantity = 1 }],
        Tags = ["a", "b"],
        Expand = ["customer"],
        Emails = ["x@y.z", "w@v.u"],
        Options = new PaymentMethodFormOptions { Verify = true },
        Note = "a&b=c d",
    };

    [Fact]
    public async Task A_form_body_is_encoded_byte_for_byte_with_brackets_for_nesting()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.PaymentMethods.CreateAsync(Form);

        var request = fixture.Server.LastRequest;
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal(
            "type=card&card%5Bcard_holder%5D=John%20Doe&card%5Bcard_number%5D=4242424242424242&card%5Bexp%5D%5Bmonth%5D=12&card%5Bexp%5D%5Byear%5D=2030"
            + "&items%5B0%5D%5Bprice%5D=9.99&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=1.00&items%5B1%5D%5Bquantity%5D=1"
            + "&tags=a&tags=b&expand%5B%5D=customer&emails=x%40y.z%2Cw%40v.u&options=%7B%22verify%22%3Atrue%7D&note=a%26b%3Dc%20d",
            request.BodyText);
    }

    [Fact]
    public async Task A_form_body_decodes_to_the_fields_a_bracket_reading_server_expects()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.PaymentMethods.CreateAsync(Form);

        // The names Tratta's own curl examples use: card[card_holder], card[card_number].
        var fields = QueryHelpers.ParseQuery(fixture.Server.LastRequest.BodyText);
        Assert.Equal("John Doe", fields["card[card_holder]"]);
        Assert.Equal("2030", fields["card[exp][year]"]);
        Assert.Equal("1.00", fields["items[1][price]"]);
        Assert.Equal(new string?[] { "a", "b" }, fields["tags"].ToArray());
        Assert.Equal("a&b=c d", fields["note"]);
    }

    [Fact]
    public async Task A_multipart_body_has_file_parts_text_parts_json_parts_and_one_part_per_list_item()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Uploads.UploadAsync(new Upload
        {
            Purpose = UploadPurpose.Avatar,
            File = FileContent.FromBytes([0x89, 0x50, 0x4E, 0x47], "me.png", "image/png"),
            ExtraFiles = [FileContent.FromBytes("one"u8.ToArray(), "1.txt", "text/plain"), FileContent.FromBytes("two"u8.ToArray(), "2.txt")],
            Attributes = new UploadAttributes { Name = "me" },
            Labels = ["x", "y"],
            Notes = "# Notes",
            Size = 3,
        });

        var parts = await Parts(fixture.Server.LastRequest);
        Assert.Equal(["purpose", "file", "extra_files", "extra_files", "attributes", "labels", "labels", "notes", "size"], parts.Select(p => p.Name));
        Assert.Equal(("avatar", null), (parts[0].Text, parts[0].ContentType));
        Assert.Equal(("me.png", "image/png"), (parts[1].FileName, parts[1].ContentType));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, parts[1].Bytes);
        Assert.Equal(("2.txt", "application/octet-stream", "two"), (parts[3].FileName, parts[3].ContentType, parts[3].Text));
        Assert.Equal(("""{"name":"me"}""", "application/json"), (parts[4].Text, parts[4].ContentType));
        Assert.Equal(["x", "y"], new[] { parts[5].Text, parts[6].Text });
        Assert.Equal(("# Notes", "text/markdown"), (parts[7].Text, parts[7].ContentType));
        Assert.Equal("3", parts[8].Text);
    }

    [Fact]
    public async Task A_binary_body_is_the_file_with_the_spec_media_type_and_its_content_header()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Images.UpdateAsync("img-1", FileContent.FromBytes([1, 2, 3], "x.png", "application/octet-stream"), contentMD5: "UpUz3wxOmHOc8tFGXnN7cA==");

        var request = fixture.Server.LastRequest;
        Assert.Equal("image/png", request.Header("Content-Type"));
        Assert.Equal("UpUz3wxOmHOc8tFGXnN7cA==", request.Header("Content-MD5"));
        Assert.Equal(new byte[] { 1, 2, 3 }, request.Body);
    }

    [Fact]
    public async Task A_text_body_is_sent_as_utf8_text()
    {
        fixture.Server.Respond(CannedResponse.Empty());

        await _client.Notes.CreateAsync("héllo\nworld");

        Assert.Equal("text/plain; charset=utf-8", fixture.Server.LastRequest.Header("Content-Type"));
        Assert.Equal("héllo\nworld", fixture.Server.LastRequest.BodyText);
    }

    [Fact]
    public async Task A_json_body_of_another_json_media_type_keeps_it_and_an_optional_body_may_be_left_out()
    {
        fixture.Server.Respond(CannedResponse.Empty()).Respond(CannedResponse.Empty());

        await _client.Patches.UpdateAsync("1", new PatchThingRequest { Name = null });
        var patch = fixture.Server.LastRequest;
        await _client.Patches.UpdateAsync("1");
        var empty = fixture.Server.LastRequest;

        Assert.Equal("application/merge-patch+json; charset=utf-8", patch.Header("Content-Type"));
        Assert.Equal("""{"name":null}""", patch.BodyText);
        Assert.Empty(empty.Body);
        Assert.Null(empty.Header("Content-Type"));
    }

    private sealed record Part(string Name, string? FileName, string? ContentType, byte[] Bytes)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    private static async Task<List<Part>> Parts(ReceivedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.Header("Content-Type")).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new List<Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var bytes = new MemoryStream();
            await section.Body.CopyToAsync(bytes);
            parts.Add(new Part(HeaderUtilities.RemoveQuotes(disposition.Name).Value!, disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null, section.ContentType, bytes.ToArray()));
        }

        return parts;
    }
}
