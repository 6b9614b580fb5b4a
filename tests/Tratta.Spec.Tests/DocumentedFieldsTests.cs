using Xunit;

namespace Tratta.Spec.Tests;

/// <summary>
/// Every field of ../shared/api-docs (copied here as the expected lists) is declared, and every rule the docs state
/// is written in the spec.
/// </summary>
public sealed class DocumentedFieldsTests
{
    public static TheoryData<string, string[]> DocumentedFields => new()
    {
        { "CreateCustomerRequest", ["name", "email", "external_id", "phone", "date_of_birth", "ssn_last4", "address", "metadata"] },
        { "UpdateCustomerRequest", ["name", "email", "external_id", "phone", "date_of_birth", "ssn_last4", "address", "metadata"] },
        { "CustomerAddressInput", ["name", "line1", "line2", "city", "postal_code", "state", "country", "is_primary"] },
        { "CustomerAddressUpdateInput", ["id", "name", "line1", "line2", "city", "postal_code", "state", "country", "is_primary"] },
        { "AddressRequest", ["name", "country", "city", "state", "postal_code", "line1", "line2", "is_primary"] },
        { "CreatePaymentMethodRequest", ["card", "ach"] },
        { "CardInput", ["card_holder", "card_number", "card_expiration_month", "card_expiration_year", "card_security_code", "card_postal_code"] },
        { "AchInput", ["account_holder", "account_type", "routing_number", "account_number", "account_zip", "account_state"] },
        { "CreateChargeRequest", ["amount", "scheduled_at", "debt_account_external_id", "email", "send_email", "payment_method_id", "card", "ach", "billing_address_id", "billing_address"] },
        { "BillingAddressInput", ["name", "city", "state", "postal_code", "country", "line1", "line2", "is_primary"] },
        { "Customer", ["id", "external_id", "name", "email", "phone", "dob", "ssn", "addresses", "metadata"] },
        { "Address", ["id", "name", "city", "postal_code", "country", "line1", "line2", "state", "is_primary"] },
        { "PaymentMethod", ["id", "type", "card_token", "bank_account", "is_primary", "has_active_payment_plan", "created_at", "updated_at"] },
        { "CardToken", ["card_holder", "card_number", "expiration_month", "expiration_year", "card_type", "card_zip"] },
        { "BankAccount", ["account_holder", "account_type", "ownership_type", "routing_number", "account_number", "account_zip", "account_state"] },
        { "ImmediateCharge", ["id", "reference_number", "payment_method_type", "card", "payment_method", "billing_address", "amount", "total_amount", "payment_date", "success", "fees"] },
        { "ScheduledCharge", ["id", "payment_method_type", "payment_method", "scheduled_at", "successfully_charged_at", "amount"] },
        { "ChargeCard", ["card_holder", "card_number", "card_type", "card_zip", "expiration_month", "expiration_year"] },
        { "ChargeBillingAddress", ["name", "city", "postal_code", "country", "line1", "line2", "state"] },
        { "DeleteResult", ["success"] },
    };

    [Theory]
    [MemberData(nameof(DocumentedFields))]
    public void Every_documented_field_is_declared(string schema, string[] fields)
    {
        var declared = SpecDocument.Tratta.PropertyNames(schema);

        foreach (var field in fields)
        {
            Assert.Contains(field, declared);
        }
    }

    [Theory]
    [InlineData("CreateCustomerRequest", "name")]
    [InlineData("AddressRequest", "postal_code")]
    [InlineData("CardInput", "card_holder")]
    [InlineData("CardInput", "card_number")]
    [InlineData("CardInput", "card_expiration_month")]
    [InlineData("CardInput", "card_expiration_year")]
    [InlineData("AchInput", "account_holder")]
    [InlineData("AchInput", "account_type")]
    [InlineData("AchInput", "routing_number")]
    [InlineData("AchInput", "account_number")]
    [InlineData("AchInput", "account_zip")]
    [InlineData("AchInput", "account_state")]
    [InlineData("CreateChargeRequest", "amount")]
    [InlineData("CreateChargeRequest", "debt_account_external_id")]
    [InlineData("BillingAddressInput", "postal_code")]
    public void Documented_required_fields_are_required(string schema, string field) =>
        Assert.Contains(field, SpecDocument.Tratta.Required(schema));

    [Theory]
    [InlineData("AddressRequest", "postal_code", "pattern", "^[0-9]{5}$")]
    [InlineData("CardInput", "card_postal_code", "pattern", "^[0-9]{5}$")]
    [InlineData("CardInput", "card_expiration_year", "pattern", "^[0-9]{2}$")]
    [InlineData("CardInput", "card_expiration_month", "minimum", "1")]
    [InlineData("CardInput", "card_expiration_month", "maximum", "12")]
    [InlineData("CardInput", "card_number", "x-tratta-rule", "card-number")]
    [InlineData("AchInput", "routing_number", "x-tratta-rule", "routing-number")]
    [InlineData("AchInput", "account_number", "minLength", "4")]
    [InlineData("AchInput", "account_number", "maxLength", "17")]
    [InlineData("AchInput", "account_zip", "pattern", "^[0-9]{5}$")]
    [InlineData("BillingAddressInput", "postal_code", "pattern", "^[0-9]{5}$")]
    [InlineData("CreateCustomerRequest", "email", "format", "email")]
    [InlineData("CreateCustomerRequest", "phone", "x-tratta-rule", "us-phone")]
    [InlineData("CreateCustomerRequest", "date_of_birth", "format", "date")]
    [InlineData("CreateCustomerRequest", "ssn_last4", "pattern", "^[0-9]{4}$")]
    [InlineData("UpdateCustomerRequest", "email", "format", "email")]
    [InlineData("UpdateCustomerRequest", "phone", "x-tratta-rule", "us-phone")]
    [InlineData("UpdateCustomerRequest", "date_of_birth", "format", "date")]
    [InlineData("UpdateCustomerRequest", "ssn_last4", "pattern", "^[0-9]{4}$")]
    [InlineData("CreateChargeRequest", "scheduled_at", "format", "date")]
    [InlineData("CreateChargeRequest", "scheduled_at", "x-tratta-after-or-equal", "today")]
    [InlineData("CreateChargeRequest", "email", "format", "email")]
    [InlineData("CreateChargeRequest", "amount", "type", "number")]
    public void Documented_rules_are_written_as_schema_keywords(string schema, string field, string keyword, string value) =>
        Assert.Equal(value, SpecDocument.Scalar(SpecDocument.Tratta.Property(schema, field), keyword));

    [Theory]
    [InlineData("CreatePaymentMethodRequest", "card", "ach")]
    [InlineData("CreatePaymentMethodRequest", "ach", "card")]
    [InlineData("CreateChargeRequest", "payment_method_id", "card,ach")]
    [InlineData("CreateChargeRequest", "card", "payment_method_id,ach")]
    [InlineData("CreateChargeRequest", "ach", "payment_method_id,card")]
    [InlineData("CustomerAddressUpdateInput", "postal_code", "id")]
    public void Required_without_rules_name_their_siblings(string schema, string field, string siblings)
    {
        var node = SpecDocument.Tratta.Property(schema, field).Children[new YamlDotNet.RepresentationModel.YamlScalarNode("x-tratta-required-without")];

        Assert.Equal(siblings, string.Join(",", ((YamlDotNet.RepresentationModel.YamlSequenceNode)node).Children));
    }

    [Theory]
    [InlineData("CardInput", "card_number")]
    [InlineData("CardInput", "card_security_code")]
    [InlineData("AchInput", "routing_number")]
    [InlineData("AchInput", "account_number")]
    [InlineData("CreateCustomerRequest", "ssn_last4")]
    [InlineData("UpdateCustomerRequest", "ssn_last4")]
    public void Card_bank_and_ssn_fields_are_marked_sensitive(string schema, string field) =>
        Assert.Equal("true", SpecDocument.Scalar(SpecDocument.Tratta.Property(schema, field), "x-tratta-sensitive"));

    [Fact]
    public void Account_type_accepts_checking_and_savings()
    {
        var values = (YamlDotNet.RepresentationModel.YamlSequenceNode)SpecDocument.Tratta.Schema("AccountType").Children[new YamlDotNet.RepresentationModel.YamlScalarNode("enum")];

        Assert.Equal("checking,savings", string.Join(",", values.Children));
    }

    [Fact]
    public void Metadata_keys_and_values_are_at_most_255_characters()
    {
        var metadata = SpecDocument.Tratta.Schema("CustomerMetadata");

        Assert.Equal("255", SpecDocument.Scalar(SpecDocument.Map(metadata, "additionalProperties"), "maxLength"));
        Assert.Equal("255", SpecDocument.Scalar(SpecDocument.Map(metadata, "propertyNames"), "maxLength"));
    }
}
