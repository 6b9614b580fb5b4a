using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Corpus.SwaggerPetstore;
using Tratta.Runtime;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class SwaggerPetstoreMock() : PrismMock("swagger-petstore-openapi.yaml");

/// <summary>
/// All 19 operations of Swagger's Petstore 3: OAuth 2 and API key credentials, an exploded query list, query
/// parameters on a POST, a header parameter, a binary upload, a map response, a text response, array bodies.
/// </summary>
public sealed class SwaggerPetstoreTests(SwaggerPetstoreMock mock) : IClassFixture<SwaggerPetstoreMock>
{
    private static readonly Pet Rex = new()
    {
        Id = 10,
        Name = "Rex",
        Category = new Category { Id = 1, Name = "Dogs" },
        PhotoUrls = ["https://example.com/rex.png"],
        Tags = [new Tag { Id = 1, Name = "good" }],
        Status = PetStatus.Available,
    };

    private static readonly User Jane = new() { Id = 1, Username = "jane", FirstName = "Jane", Email = "jane@example.com", Password = "secret", UserStatus = 1 };

    private readonly SwaggerPetstoreClient _client = new(mock.CreateHttpClient(), new SwaggerPetstoreClientOptions { BaseUrl = mock.Address, AccessToken = "token", ApiKey = "key" });

    [Fact]
    public async Task A_pet_is_added_and_updated()
    {
        Assert.NotNull((await _client.Pet.CreateAsync(Rex)).Name);
        Assert.NotNull((await _client.Pet.UpdatePetAsync(Rex with { Name = "Max" })).Name);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Pets_are_found_by_status_and_by_tags()
    {
        Assert.NotEmpty(await _client.Pet.FindByStatus.ListAsync(FindPetsByStatusStatus.Sold));
        Assert.NotEmpty(await _client.Pet.FindByTags.ListAsync(["good", "small"]));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_pet_is_read_updated_with_query_parameters_and_deleted_with_a_header()
    {
        Assert.NotNull((await _client.Pet.GetAsync(10)).Name);
        Assert.NotNull((await _client.Pet.UpdatePetWithFormAsync(10, name: "Max", status: "sold")).Name);
        await _client.Pet.DeleteAsync(10, apiKey: "key");
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_image_is_uploaded_as_a_binary_body()
    {
        var image = FileContent.FromBytes([0x89, 0x50, 0x4E, 0x47], "rex.png", "image/png");

        var response = await _client.Pet.UploadImage.UploadFileAsync(10, image, additionalMetadata: "front view");

        Assert.NotNull(response);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task The_inventory_is_a_map_of_counts()
    {
        var inventory = await _client.Store.Inventory.GetInventoryAsync();

        Assert.NotNull(inventory);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_order_is_placed_read_and_deleted()
    {
        var order = await _client.Store.Order.PlaceOrderAsync(new Order { Id = 1, PetId = 10, Quantity = 2, ShipDate = DateTimeOffset.UtcNow, Status = OrderStatus.Placed, Complete = false });

        Assert.NotNull(order);
        Assert.NotNull(await _client.Store.Order.GetAsync(1));
        await _client.Store.Order.DeleteAsync(1);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Users_are_created_singly_and_as_a_list()
    {
        Assert.NotNull(await _client.User.CreateAsync(Jane));
        Assert.NotNull(await _client.User.CreateWithList.CreateAsync([Jane, Jane with { Id = 2, Username = "john" }]));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_user_logs_in_with_a_text_response_and_logs_out()
    {
        var session = await _client.User.Login.LoginUserAsync(username: "jane", password: "secret");

        Assert.NotNull(session);
        await _client.User.Logout.LogoutUserAsync();
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_user_is_read_updated_and_deleted()
    {
        Assert.NotNull(await _client.User.GetAsync("jane"));
        await _client.User.UpdateAsync("jane", Jane with { Phone = "555-0100" });
        await _client.User.DeleteAsync("jane");
        mock.AssertNoViolations();
    }
}
