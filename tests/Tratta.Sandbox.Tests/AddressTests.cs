using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace Tratta.Sandbox.Tests;

public sealed class AddressTests
{
    [Fact]
    public async Task Create_returns_201_with_the_bare_address()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var response = await sandbox.PostAsync($"customers/{customer}/addresses", """
            {"name": "Updated Address Name", "city": "New York", "state": "NY", "country": "US",
             "line1": "350 5th Ave", "postal_code": "10001", "is_primary": false}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var address = response.Json;
        var id = address.GetProperty("id").GetString();
        // The first address is primary even though is_primary was false.
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","name":"Updated Address Name","city":"New York","postal_code":"10001","country":"US","line1":"350 5th Ave","line2":null,"state":"NY","is_primary":true}""",
            response.Body);
    }

    [Fact]
    public async Task The_first_address_is_primary_and_a_new_primary_unsets_the_old_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();

        var first = await CreateAsync(sandbox, customer, """{"postal_code": "10001"}""");
        var second = await CreateAsync(sandbox, customer, """{"postal_code": "10002"}""");
        Assert.Equal([(first, true), (second, false)], await PrimariesAsync(sandbox, customer));

        var third = await CreateAsync(sandbox, customer, """{"postal_code": "10003", "is_primary": true}""");
        Assert.Equal([(first, false), (second, false), (third, true)], await PrimariesAsync(sandbox, customer));
    }

    [Fact]
    public async Task Update_with_is_primary_true_moves_the_primary_and_returns_the_bare_address()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var first = await CreateAsync(sandbox, customer, """{"postal_code": "10001", "name": "Home"}""");
        var second = await CreateAsync(sandbox, customer, """{"postal_code": "10002"}""");

        var response = await sandbox.PutAsync($"customers/{customer}/addresses/{second}", """{"postal_code": "10022", "is_primary": true}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        JsonAssert.Properties(response.Json, "id", "name", "city", "postal_code", "country", "line1", "line2", "state", "is_primary");
        JsonAssert.String(second, response.Json, "id");
        JsonAssert.String("10022", response.Json, "postal_code");
        Assert.True(response.Json.GetProperty("is_primary").GetBoolean());
        Assert.Equal([(first, false), (second, true)], await PrimariesAsync(sandbox, customer));

        // Fields not sent keep their values.
        var renamed = await sandbox.PutAsync($"customers/{customer}/addresses/{first}", """{"postal_code": "10001", "city": "New York"}""");
        JsonAssert.String("Home", renamed.Json, "name");
        JsonAssert.String("New York", renamed.Json, "city");
    }

    [Fact]
    public async Task Giving_up_the_primary_hands_it_to_the_oldest_other_address_and_a_lone_address_stays_primary()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var first = await CreateAsync(sandbox, customer, """{"postal_code": "10001"}""");

        var lone = await sandbox.PutAsync($"customers/{customer}/addresses/{first}", """{"postal_code": "10001", "is_primary": false}""");
        Assert.True(lone.Json.GetProperty("is_primary").GetBoolean());

        var second = await CreateAsync(sandbox, customer, """{"postal_code": "10002"}""");
        var third = await CreateAsync(sandbox, customer, """{"postal_code": "10003"}""");
        await sandbox.PutAsync($"customers/{customer}/addresses/{first}", """{"postal_code": "10001", "is_primary": false}""");

        Assert.Equal([(first, false), (second, true), (third, false)], await PrimariesAsync(sandbox, customer));
    }

    [Fact]
    public async Task Deleting_the_primary_promotes_the_oldest_remaining_address()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var first = await CreateAsync(sandbox, customer, """{"postal_code": "10001"}""");
        var second = await CreateAsync(sandbox, customer, """{"postal_code": "10002"}""");
        var third = await CreateAsync(sandbox, customer, """{"postal_code": "10003"}""");

        var response = await sandbox.DeleteAsync($"customers/{customer}/addresses/{first}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"success":true}""", response.Body);
        Assert.Equal([(second, true), (third, false)], await PrimariesAsync(sandbox, customer));

        // Deleting one that is not primary changes nothing else.
        await sandbox.DeleteAsync($"customers/{customer}/addresses/{third}");
        Assert.Equal([(second, true)], await PrimariesAsync(sandbox, customer));
    }

    [Fact]
    public async Task List_returns_a_bare_array_and_the_customer_shows_the_same_addresses()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync("""{"name": "Jane", "external_id": "crm-7"}""");
        Assert.Equal("[]", (await sandbox.GetAsync("customers/crm-7/addresses")).Body);
        await CreateAsync(sandbox, customer, """{"postal_code": "10001"}""");
        await CreateAsync(sandbox, "crm-7", """{"postal_code": "10002"}""");

        var response = await sandbox.GetAsync("customers/crm-7/addresses");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        Assert.Equal(2, response.Json.GetArrayLength());
        Assert.Equal(
            response.Json.GetRawText(),
            (await sandbox.GetAsync($"customers/{customer}")).Data.GetProperty("addresses").GetRawText());
    }

    [Theory]
    [InlineData("""{"name": "No postal code"}""", "The postal code field is required.")]
    [InlineData("""{"postal_code": "1001"}""", "The postal code field must be 5 digits.")]
    [InlineData("""{"postal_code": "10001-1234"}""", "The postal code field must be 5 digits.")]
    [InlineData("""{"postal_code": "   "}""", "The postal code field is required.")]
    public async Task Create_and_update_require_a_5_digit_postal_code(string body, string message)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var address = await CreateAsync(sandbox, customer, """{"postal_code": "10001"}""");

        JsonAssert.ValidationErrors(await sandbox.PostAsync($"customers/{customer}/addresses", body), ("postal_code", message));
        JsonAssert.ValidationErrors(await sandbox.PutAsync($"customers/{customer}/addresses/{address}", body), ("postal_code", message));
    }

    [Fact]
    public async Task An_unknown_customer_or_address_is_404_and_so_is_another_customers_address()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var customer = await sandbox.CreateCustomerAsync();
        var other = await sandbox.CreateCustomerAsync();
        var othersAddress = await CreateAsync(sandbox, other, """{"postal_code": "10001"}""");

        JsonAssert.NotFound(await sandbox.PostAsync("customers/nobody/addresses", """{"postal_code": "10001"}"""));
        JsonAssert.NotFound(await sandbox.GetAsync("customers/nobody/addresses"));
        JsonAssert.NotFound(await sandbox.PutAsync($"customers/{customer}/addresses/no-such-address", """{"postal_code": "10001"}"""));
        JsonAssert.NotFound(await sandbox.DeleteAsync($"customers/{customer}/addresses/no-such-address"));
        JsonAssert.NotFound(await sandbox.PutAsync($"customers/{customer}/addresses/{othersAddress}", """{"postal_code": "10001"}"""));
        JsonAssert.NotFound(await sandbox.DeleteAsync($"customers/{customer}/addresses/{othersAddress}"));
        // A 404 wins over an invalid body: the address is looked up first.
        JsonAssert.NotFound(await sandbox.PutAsync($"customers/{customer}/addresses/no-such-address", "{}"));
    }

    private static async Task<string> CreateAsync(TestSandbox sandbox, string customer, string body)
    {
        var response = await sandbox.PostAsync($"customers/{customer}/addresses", body);
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response.Json.GetProperty("id").GetString()!;
    }

    private static async Task<(string Id, bool IsPrimary)[]> PrimariesAsync(TestSandbox sandbox, string customer)
    {
        var response = await sandbox.GetAsync($"customers/{customer}/addresses");
        return response.Json.EnumerateArray()
            .Select(address => (address.GetProperty("id").GetString()!, address.GetProperty("is_primary").GetBoolean()))
            .ToArray();
    }
}
