using System.Net;
using System.Threading.Tasks;

namespace Tratta.Sandbox.Tests;

public sealed class CustomerTests
{
    private const string FullCustomer = """
        {
          "name": "Customer Name",
          "email": "test@email.com",
          "external_id": "crm-1001",
          "phone": "(212) 555-0123",
          "date_of_birth": "1991-12-31",
          "ssn_last4": "0123",
          "address": {
            "name": "Home", "line1": "350 5th Ave", "line2": "Suite 100", "city": "New York",
            "postal_code": "10118", "state": "NY", "country": "US", "is_primary": true
          },
          "metadata": {"key": "value", "key1": "value"}
        }
        """;

    [Fact]
    public async Task Create_returns_201_with_the_customer_in_data_as_the_docs_show_it()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("customers", FullCustomer);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("application/json", response.ContentType);
        JsonAssert.Properties(response.Json, "data");
        var customer = response.Data;
        // The docs' Create Customer response names the list "address" (Get and List say "addresses").
        JsonAssert.Properties(customer, "id", "external_id", "name", "email", "phone", "dob", "ssn", "address", "metadata");
        Assert.True(System.Guid.TryParse(customer.GetProperty("id").GetString(), out _));
        JsonAssert.String("crm-1001", customer, "external_id");
        JsonAssert.String("Customer Name", customer, "name");
        JsonAssert.String("test@email.com", customer, "email");
        JsonAssert.String("2125550123", customer, "phone");
        JsonAssert.String("1991-12-31", customer, "dob");
        JsonAssert.String("0123", customer, "ssn");

        var address = Assert.Single(JsonAssert.Array(customer.GetProperty("address")));
        JsonAssert.Properties(address, "id", "name", "city", "postal_code", "country", "line1", "line2", "state", "is_primary");
        JsonAssert.String("Home", address, "name");
        JsonAssert.String("New York", address, "city");
        JsonAssert.String("10118", address, "postal_code");
        JsonAssert.String("US", address, "country");
        JsonAssert.String("350 5th Ave", address, "line1");
        JsonAssert.String("Suite 100", address, "line2");
        JsonAssert.String("NY", address, "state");
        Assert.True(address.GetProperty("is_primary").GetBoolean());

        Assert.Equal("""[{"attribute":"key","value":"value"},{"attribute":"key1","value":"value"}]""", customer.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task A_customer_with_only_a_name_has_nulls_no_addresses_and_empty_metadata()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var customer = (await sandbox.PostAsync("customers", """{"name": "Jane Doe"}""")).Data;

        var id = customer.GetProperty("id").GetString();
        Assert.Equal(
            $$$"""{"id":"{{{id}}}","external_id":null,"name":"Jane Doe","email":null,"phone":null,"dob":null,"ssn":null,"address":[],"metadata":[]}""",
            customer.GetRawText());
    }

    [Fact]
    public async Task Get_finds_the_customer_by_Tratta_id_and_by_external_id()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = (await sandbox.PostAsync("customers", FullCustomer)).Data;
        var id = created.GetProperty("id").GetString();

        var byId = await sandbox.GetAsync($"customers/{id}");
        var byExternalId = await sandbox.GetAsync("customers/crm-1001");

        // The same customer, with the list named "addresses" as the docs' Get Customer response names it.
        var expected = created.GetRawText().Replace("\"address\":[", "\"addresses\":[", System.StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.Equal(HttpStatusCode.OK, byExternalId.Status);
        Assert.Equal(expected, byId.Data.GetRawText());
        Assert.Equal(expected, byExternalId.Data.GetRawText());
    }

    [Fact]
    public async Task List_returns_every_customer_in_creation_order_in_data()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        Assert.Equal("""{"data":[]}""", (await sandbox.GetAsync("customers")).Body);

        var first = await sandbox.CreateCustomerAsync("""{"name": "First"}""");
        var second = await sandbox.CreateCustomerAsync("""{"name": "Second"}""");

        var response = await sandbox.GetAsync("customers");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var customers = JsonAssert.Array(response.Data);
        Assert.Equal(2, customers.Count);
        JsonAssert.String(first, customers[0], "id");
        JsonAssert.String("First", customers[0], "name");
        JsonAssert.String(second, customers[1], "id");
    }

    [Fact]
    public async Task Update_changes_only_the_fields_sent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = await sandbox.CreateCustomerAsync(FullCustomer);

        var response = await sandbox.PutAsync($"customers/{id}", """{"name": "Updated Customer Name", "phone": "+1 646 555 0199"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var customer = response.Data;
        JsonAssert.String("Updated Customer Name", customer, "name");
        JsonAssert.String("6465550199", customer, "phone");
        JsonAssert.String("test@email.com", customer, "email");
        JsonAssert.String("crm-1001", customer, "external_id");
        JsonAssert.String("1991-12-31", customer, "dob");
        JsonAssert.String("0123", customer, "ssn");
        Assert.Single(JsonAssert.Array(customer.GetProperty("addresses")));
        Assert.Equal(customer.GetRawText(), (await sandbox.GetAsync($"customers/{id}")).Data.GetRawText());
    }

    [Fact]
    public async Task Update_by_external_id_can_change_the_external_id()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = await sandbox.CreateCustomerAsync(FullCustomer);

        var response = await sandbox.PutAsync("customers/crm-1001", """{"external_id": "crm-2002"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        JsonAssert.String(id, (await sandbox.GetAsync("customers/crm-2002")).Data, "id");
        JsonAssert.NotFound(await sandbox.GetAsync("customers/crm-1001"));
    }

    [Fact]
    public async Task Update_metadata_sets_keys_deletes_a_key_sent_empty_and_clears_all_with_an_empty_object()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = await sandbox.CreateCustomerAsync("""{"name": "Jane", "metadata": {"a": "1", "b": "2", "c": "3"}}""");

        var changed = await sandbox.PutAsync($"customers/{id}", """{"metadata": {"a": "changed", "b": "", "d": "4"}}""");
        Assert.Equal("""[{"attribute":"a","value":"changed"},{"attribute":"c","value":"3"},{"attribute":"d","value":"4"}]""", changed.Data.GetProperty("metadata").GetRawText());

        var untouched = await sandbox.PutAsync($"customers/{id}", """{"name": "Jane Again"}""");
        Assert.Equal("""[{"attribute":"a","value":"changed"},{"attribute":"c","value":"3"},{"attribute":"d","value":"4"}]""", untouched.Data.GetProperty("metadata").GetRawText());

        var cleared = await sandbox.PutAsync($"customers/{id}", """{"metadata": {}}""");
        Assert.Equal("[]", cleared.Data.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task Update_with_an_address_id_updates_that_address_and_without_one_adds_an_address()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = (await sandbox.PostAsync("customers", FullCustomer)).Data;
        var id = created.GetProperty("id").GetString();
        var addressId = created.GetProperty("address")[0].GetProperty("id").GetString();

        var updated = await sandbox.PutAsync($"customers/{id}", $$$"""{"address": {"id": "{{{addressId}}}", "city": "Brooklyn"}}""");
        var address = Assert.Single(JsonAssert.Array(updated.Data.GetProperty("addresses")));
        JsonAssert.String(addressId, address, "id");
        JsonAssert.String("Brooklyn", address, "city");
        JsonAssert.String("10118", address, "postal_code");

        var added = await sandbox.PutAsync($"customers/{id}", """{"address": {"line1": "1 Main St", "postal_code": "10001"}}""");
        var addresses = JsonAssert.Array(added.Data.GetProperty("addresses"));
        Assert.Equal(2, addresses.Count);
        JsonAssert.String("1 Main St", addresses[1], "line1");
        Assert.True(addresses[0].GetProperty("is_primary").GetBoolean());
        Assert.False(addresses[1].GetProperty("is_primary").GetBoolean());
    }

    [Fact]
    public async Task Update_with_a_new_address_needs_its_postal_code_and_an_address_id_must_be_the_customers()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = await sandbox.CreateCustomerAsync();

        JsonAssert.ValidationErrors(
            await sandbox.PutAsync($"customers/{id}", """{"address": {"line1": "1 Main St"}}"""),
            ("address.postal_code", "The address.postal code field is required when address.id is not present."));
        JsonAssert.ValidationErrors(
            await sandbox.PutAsync($"customers/{id}", """{"address": {"id": "no-such-address", "city": "Albany"}}"""),
            ("address.id", "The selected address.id is invalid."));
    }

    [Fact]
    public async Task Delete_returns_success_and_the_customer_is_gone()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = await sandbox.CreateCustomerAsync(FullCustomer);

        var response = await sandbox.DeleteAsync("customers/crm-1001");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"success":true}""", response.Body);
        JsonAssert.NotFound(await sandbox.GetAsync($"customers/{id}"));
        JsonAssert.NotFound(await sandbox.DeleteAsync($"customers/{id}"));
        Assert.Equal("""{"data":[]}""", (await sandbox.GetAsync("customers")).Body);
    }

    [Fact]
    public async Task An_unknown_customer_is_404_for_get_update_and_delete()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        JsonAssert.NotFound(await sandbox.GetAsync("customers/nobody"));
        JsonAssert.NotFound(await sandbox.PutAsync("customers/nobody", """{"name": "X"}"""));
        JsonAssert.NotFound(await sandbox.DeleteAsync("customers/nobody"));
    }

    [Fact]
    public async Task An_external_id_can_belong_to_one_customer_only()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.CreateCustomerAsync("""{"name": "A", "external_id": "crm-1"}""");
        var other = await sandbox.CreateCustomerAsync("""{"name": "B", "external_id": "crm-2"}""");

        JsonAssert.ValidationErrors(
            await sandbox.PostAsync("customers", """{"name": "C", "external_id": "crm-1"}"""),
            ("external_id", "The external id has already been taken."));
        JsonAssert.ValidationErrors(
            await sandbox.PutAsync($"customers/{other}", """{"external_id": "crm-1"}"""),
            ("external_id", "The external id has already been taken."));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.PutAsync($"customers/{other}", """{"external_id": "crm-2"}""")).Status);
    }

    [Fact]
    public async Task Create_reports_every_invalid_field_at_once_with_Laravels_summary()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("customers", """
            {
              "email": "not-an-email",
              "phone": "555-0123",
              "date_of_birth": "31/12/1991",
              "ssn_last4": "123",
              "address": {"is_primary": "maybe"},
              "metadata": {"number": 5, "long": "{{LONG}}"}
            }
            """.Replace("{{LONG}}", new string('x', 256), System.StringComparison.Ordinal));

        JsonAssert.ValidationErrors(
            response,
            ("name", "The name field is required."),
            ("email", "The email field must be a valid email address."),
            ("phone", "The phone field must be a valid US phone number."),
            ("date_of_birth", "The date of birth field must match the format Y-m-d."),
            ("ssn_last4", "The ssn last4 field must be 4 digits."),
            ("address.is_primary", "The address.is primary field must be true or false."),
            ("metadata.number", "The metadata.number field must be a string."),
            ("metadata.long", "The metadata.long field must not be greater than 255 characters."));
        Assert.Equal("The name field is required. (and 7 more errors)", response.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task One_error_has_no_count_in_its_summary()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("customers", "{}");

        Assert.Equal(
            """{"message":"The name field is required.","errors":{"name":["The name field is required."]}}""",
            response.Body);
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("[1, 2]")]
    public async Task A_body_that_is_not_a_JSON_object_is_422_with_a_message(string body)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.PostAsync("customers", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.StartsWith("The request body", response.Json.GetProperty("message").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("{}", response.Json.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task A_multipart_body_without_its_boundary_is_422_not_a_server_error()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var content = new System.Net.Http.StringContent("card_number=4242424242424242");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");

        var response = await sandbox.SendAsync(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "customers") { Content = content });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal("The request body is not a valid form.", response.Json.GetProperty("message").GetString());
        Assert.DoesNotContain("4242", response.Body, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_encoded_body_like_the_docs_curl_examples_is_read_too()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var form = new System.Net.Http.FormUrlEncodedContent(
        [
            new("name", "Customer Name"),
            new("email", "test@email.com"),
            new("address[postal_code]", "10001"),
            new("address[is_primary]", "false"),
            new("metadata[key]", "value"),
        ]);

        var response = await sandbox.SendAsync(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "customers") { Content = form });

        Assert.Equal(HttpStatusCode.Created, response.Status);
        JsonAssert.String("Customer Name", response.Data, "name");
        JsonAssert.String("10001", response.Data.GetProperty("address")[0], "postal_code");
        Assert.Equal("""[{"attribute":"key","value":"value"}]""", response.Data.GetProperty("metadata").GetRawText());
    }
}
