using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Features.Unions;
using Tratta.OpenApi.Tests.Infrastructure;
using Xunit;

namespace Tratta.OpenApi.Tests.Schemas;

/// <summary>Specs/unions.yaml: oneOf and anyOf with and without a discriminator, allOf inheritance, primitive-or-object unions.</summary>
public sealed class UnionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly UnionsClient _client = new(new HttpClient(), new UnionsClientOptions { BaseUrl = fixture.Server.Address });

    [Fact]
    public async Task A_discriminator_mapping_selects_the_case()
    {
        fixture.Server.RespondJson("""{"petType":"cat","name":"Tom","lives":9}""");

        var pet = await _client.Pets.GetAsync("1");

        var cat = Assert.IsType<Cat>(pet);
        Assert.Equal(9, cat.Lives);
    }

    [Fact]
    public async Task A_case_starts_with_its_discriminator_value_and_is_sent_with_it()
    {
        fixture.Server.RespondJson("""{"petType":"dog","name":"Rex","barks":true}""");

        var updated = await _client.Pets.UpdateAsync("1", new Dog { Name = "Rex", Barks = true });

        Assert.Equal("""{"petType":"dog","name":"Rex","barks":true}""", fixture.Server.LastRequest.BodyText);
        Assert.Equal("dog", Assert.IsType<Dog>(updated).PetType);
    }

    [Fact]
    public async Task An_unknown_discriminator_value_is_kept_and_written_back_unchanged()
    {
        const string Parrot = """{"petType":"parrot","name":"Polly","words":["hello"]}""";
        fixture.Server.RespondJson(Parrot).RespondJson(Parrot);

        var pet = await _client.Pets.GetAsync("2");
        await _client.Pets.UpdateAsync("2", pet);

        var unknown = Assert.IsType<Pet.Unknown>(pet);
        Assert.Equal("Polly", unknown.Json.GetProperty("name").GetString());
        Assert.Equal(Parrot, fixture.Server.LastRequest.BodyText);
    }

    [Fact]
    public async Task Without_a_discriminator_the_required_properties_select_the_case()
    {
        fixture.Server.RespondJson("""{"last4":"6789","routing_number":"021000021"}""").RespondJson("""{"last4":"4242","brand":"visa"}""");

        Assert.Equal("021000021", Assert.IsType<BankAccount>(await _client.PaymentMethods.GetAsync("b")).RoutingNumber);
        Assert.Equal("visa", Assert.IsType<Card>(await _client.PaymentMethods.GetAsync("c")).Brand);
    }

    [Fact]
    public async Task A_one_value_enum_in_every_case_is_a_tag_the_spec_did_not_declare()
    {
        fixture.Server.RespondJson("""[{"type":"message","text":"hi"},{"type":"error","code":7},{"type":"ping"}]""");

        var events = await _client.Events.ListAsync();

        Assert.Equal("hi", Assert.IsType<MessageEvent>(events[0]).Text);
        Assert.Equal(7, Assert.IsType<ErrorEvent>(events[1]).Code);
        Assert.Equal("ping", Assert.IsType<Event.Unknown>(events[2]).Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_expandable_field_is_an_id_or_the_object()
    {
        fixture.Server
            .RespondJson("""{"id":"ch_1","customer":"cus_1"}""")
            .RespondJson("""{"id":"ch_2","customer":{"id":"cus_2","email":"a@example.com"},"refunded_by":"cus_3"}""");

        var byId = await _client.Charges.GetAsync("ch_1");
        var expanded = await _client.Charges.GetAsync("ch_2");

        Assert.Equal("cus_1", byId.Customer.String);
        Assert.Null(byId.Customer.Customer);
        Assert.Equal("a@example.com", expanded.Customer.Customer?.Email);
        Assert.Equal("cus_3", expanded.RefundedBy?.String);
    }

    [Fact]
    public async Task Cases_with_the_same_required_properties_are_told_apart_by_their_one_value_properties()
    {
        fixture.Server.RespondJson("""{"deleted":true,"id":"card_1","object":"card"}""").RespondJson("""{"deleted":true,"id":"ba_1","object":"bank_account"}""").RespondJson("\"acct_1\"");

        Assert.Equal("card_1", (await _client.Transfers.Destination.GetDestinationAsync("t1")).DeletedCard?.Id);
        Assert.Equal("ba_1", (await _client.Transfers.Destination.GetDestinationAsync("t2")).DeletedBankAccount?.Id);
        Assert.Equal("acct_1", (await _client.Transfers.Destination.GetDestinationAsync("t3")).String);
    }

    [Fact]
    public async Task A_union_of_primitives_and_a_list_is_told_apart_by_the_json_kind()
    {
        fixture.Server.RespondJson("""["red", 4.5, ["a","b"], true]""");

        var labels = await _client.Labels.ListAsync();

        Assert.Equal("red", labels[0].String);
        Assert.Equal(4.5m, labels[1].Number);
        Assert.Equal(["a", "b"], labels[2].StringList!);
        Assert.Equal(JsonValueKind.True, labels[3].Unknown?.ValueKind);
    }

    [Fact]
    public async Task AllOf_extends_a_base_whose_discriminator_names_the_derived_record()
    {
        fixture.Server
            .RespondJson("""{"kind":"dog","name":"Lassie","prizes":3}""")
            .RespondJson("""{"kind":"bird","name":"Tweety","wingspan":0.2}""")
            .RespondJson("""{"kind":"fish","name":"Nemo"}""");

        var dog = Assert.IsType<ShowDog>(await _client.Animals.GetAsync("1"));
        var bird = Assert.IsType<Bird>(await _client.Animals.GetAsync("2"));
        var fish = await _client.Animals.GetAsync("3");

        Assert.Equal(("Lassie", 3), (dog.Name, dog.Prizes));
        Assert.Equal(0.2, bird.Wingspan);
        Assert.IsType<Animal>(fish);
        Assert.Equal("Nemo", fish.Name);
    }

    [Fact]
    public void A_union_case_record_derives_from_the_union()
    {
        Assert.True(typeof(Pet).IsAssignableFrom(typeof(Dog)));
        Assert.True(typeof(Pet).IsAbstract);
        Assert.True(typeof(Animal).IsAssignableFrom(typeof(ShowDog)));
    }
}
