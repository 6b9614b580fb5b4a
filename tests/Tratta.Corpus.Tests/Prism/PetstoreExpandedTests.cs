using System.Net.Http;
using System.Threading.Tasks;
using Corpus.PetstoreExpanded;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class PetstoreExpandedMock() : PrismMock("oai-petstore-expanded.yaml");

/// <summary>All four operations of the OpenAPI Initiative's petstore-expanded: allOf records, a form-style query list, a 204.</summary>
public sealed class PetstoreExpandedTests(PetstoreExpandedMock mock) : IClassFixture<PetstoreExpandedMock>
{
    private readonly PetstoreExpandedClient _client = new(mock.CreateHttpClient(), new PetstoreExpandedClientOptions { BaseUrl = mock.Address });

    [Fact]
    public async Task Pets_are_listed_by_tags_and_limit()
    {
        var pets = await _client.Pets.ListAsync(tags: ["dog", "cat"], limit: 10);

        Assert.NotEmpty(pets);
        Assert.NotNull(pets[0].Name);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_pet_is_added_from_the_allOf_record()
    {
        var pet = await _client.Pets.CreateAsync(new NewPet { Name = "Rex", Tag = "dog" });

        Assert.NotNull(pet.Name);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_pet_is_found_by_its_int64_id()
    {
        var pet = await _client.Pets.GetAsync(9_007_199_254_740_000);

        Assert.NotNull(pet.Name);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_pet_is_deleted_with_no_content()
    {
        await _client.Pets.DeleteAsync(42);

        mock.AssertNoViolations();
    }
}
