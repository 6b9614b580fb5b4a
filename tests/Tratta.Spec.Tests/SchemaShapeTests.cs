using System.Linq;
using Xunit;

namespace Tratta.Spec.Tests;

/// <summary>
/// What the field lists cannot see: which schema each operation sends and returns, the types the docs give, and the
/// extensions that carry the docs' response forms and redaction. A spec edit that loses one of them fails here even
/// when Redocly and the snapshots would let it through.
/// </summary>
public sealed class SchemaShapeTests
{
    [Theory]
    [InlineData("createCustomer", "CreateCustomerRequest", "CustomerEnvelope")]
    [InlineData("updateCustomer", "UpdateCustomerRequest", "CustomerEnvelope")]
    [InlineData("getCustomer", null, "CustomerEnvelope")]
    [InlineData("listCustomers", null, "CustomerListEnvelope")]
    [InlineData("deleteCustomer", null, "DeleteResult")]
    [InlineData("createCustomerAddress", "AddressRequest", "Address")]
    [InlineData("updateCustomerAddress", "AddressRequest", "Address")]
    [InlineData("deleteCustomerAddress", null, "DeleteResult")]
    [InlineData("createCustomerPaymentMethod", "CreatePaymentMethodRequest", "PaymentMethodEnvelope")]
    [InlineData("createCharge", "CreateChargeRequest", "ChargeEnvelope")]
    public void Each_operation_sends_and_returns_its_documented_schema(string operationId, string? request, string response)
    {
        var operation = SpecDocument.Tratta.Operation(operationId);

        var requestBody = operation.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("requestBody"))
            ? SpecDocument.Scalar(SpecDocument.Tratta.JsonSchema(SpecDocument.Map(operation, "requestBody")), "$ref")
            : null;
        var success = SpecDocument.Map(operation, "responses").Children.Where(r => r.Key.ToString().StartsWith('2')).OrderBy(r => r.Key.ToString()).First();

        Assert.Equal(request is null ? null : "#/components/schemas/" + request, requestBody);
        Assert.Equal("#/components/schemas/" + response, SpecDocument.Scalar(SpecDocument.Tratta.JsonSchema((YamlDotNet.RepresentationModel.YamlMappingNode)success.Value), "$ref"));
    }

    [Fact]
    public void List_customer_addresses_returns_a_list_of_addresses()
    {
        var ok = SpecDocument.Map(SpecDocument.Map(SpecDocument.Tratta.Operation("listCustomerAddresses"), "responses"), "200");
        var schema = SpecDocument.Tratta.JsonSchema(ok);

        Assert.Equal("array", SpecDocument.Types(schema));
        Assert.Equal("#/components/schemas/Address", SpecDocument.Scalar(SpecDocument.Map(schema, "items"), "$ref"));
    }

    [Theory]
    [InlineData("CustomerAddressInput", "is_primary", "boolean")]
    [InlineData("CustomerAddressUpdateInput", "is_primary", "boolean")]
    [InlineData("AddressRequest", "is_primary", "boolean")]
    [InlineData("BillingAddressInput", "is_primary", "boolean")]
    [InlineData("CreateChargeRequest", "send_email", "boolean")]
    [InlineData("CardInput", "card_expiration_month", "integer")]
    [InlineData("CardInput", "card_expiration_year", "string")]
    [InlineData("AddressRequest", "postal_code", "string")]
    [InlineData("CreateCustomerRequest", "ssn_last4", "string")]
    [InlineData("Address", "is_primary", "boolean,null")]
    [InlineData("PaymentMethod", "is_primary", "boolean,null")]
    [InlineData("PaymentMethod", "has_active_payment_plan", "boolean,null")]
    [InlineData("ImmediateCharge", "success", "boolean,null")]
    [InlineData("ImmediateCharge", "amount", "number,null")]
    [InlineData("ScheduledCharge", "amount", "number,null")]
    [InlineData("DeleteResult", "success", "boolean")]
    public void Fields_have_the_types_the_docs_give(string schema, string field, string types) =>
        Assert.Equal(types, SpecDocument.Types(SpecDocument.Tratta.Property(schema, field)));

    [Theory]
    [InlineData("AchInput", "account_type")]
    [InlineData("BankAccount", "account_type")]
    public void Account_types_use_the_checking_or_savings_enum(string schema, string field) =>
        Assert.Contains("#/components/schemas/AccountType", SpecDocument.Tratta.Property(schema, field).ToString());

    [Theory]
    [InlineData("ImmediateCharge", "payment_date", "MM/dd/yyyy")]
    [InlineData("ScheduledCharge", "successfully_charged_at", "yyyy-MM-dd HH:mm:ss")]
    [InlineData("PaymentMethod", "created_at", "yyyy-MM-dd HH:mm:ss")]
    [InlineData("PaymentMethod", "updated_at", "yyyy-MM-dd HH:mm:ss")]
    public void The_documented_non_iso_dates_declare_their_layout(string schema, string field, string layout) =>
        Assert.Equal(layout, SpecDocument.Scalar(SpecDocument.Tratta.Property(schema, field), "x-tratta-date-format"));

    [Theory]
    [InlineData("ScheduledCharge", "scheduled_at", "date")]
    [InlineData("Customer", "dob", "date")]
    [InlineData("ImmediateCharge", "total_amount", "decimal")]
    public void Iso_dates_and_amounts_sent_as_strings_have_their_format(string schema, string field, string format) =>
        Assert.Equal(format, SpecDocument.Scalar(SpecDocument.Tratta.Property(schema, field), "format"));

    [Theory]
    [InlineData("Customer", "ssn")]
    [InlineData("BankAccount", "routing_number")]
    [InlineData("BankAccount", "account_number")]
    [InlineData("CardToken", "card_number")]
    [InlineData("ChargeCard", "card_number")]
    public void Card_bank_and_ssn_fields_of_responses_are_marked_sensitive_too(string schema, string field) =>
        Assert.Equal("true", SpecDocument.Scalar(SpecDocument.Tratta.Property(schema, field), "x-tratta-sensitive"));

    [Fact]
    public void The_create_customer_response_s_address_list_is_read_as_addresses() =>
        Assert.Equal(["address"], SpecDocument.Strings(SpecDocument.Tratta.Property("Customer", "addresses"), "x-tratta-aliases"));

    [Fact]
    public void Returned_metadata_may_be_the_docs_list_of_attribute_value_entries()
    {
        var map = SpecDocument.Tratta.Schema("MetadataMap");
        var entryList = SpecDocument.Map(map, "x-tratta-entry-list");

        Assert.Equal("object,array", SpecDocument.Types(map));
        Assert.Equal("attribute", SpecDocument.Scalar(entryList, "key"));
        Assert.Equal("value", SpecDocument.Scalar(entryList, "value"));
        Assert.Equal(["attribute", "value"], SpecDocument.Map(SpecDocument.Map(map, "items"), "properties").Children.Keys.Select(k => k.ToString()));
    }

    [Theory]
    [InlineData("CustomerEnvelope")]
    [InlineData("CustomerListEnvelope")]
    [InlineData("PaymentMethodEnvelope")]
    [InlineData("ChargeEnvelope")]
    public void Responses_in_the_data_envelope_say_so(string schema) =>
        Assert.Equal("data", SpecDocument.Scalar(SpecDocument.Tratta.Schema(schema), "x-tratta-envelope"));
}
