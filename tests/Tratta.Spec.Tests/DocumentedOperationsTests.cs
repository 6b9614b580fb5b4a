using System.Linq;
using Xunit;

namespace Tratta.Spec.Tests;

/// <summary>The spec has every operation of the Tratta docs, with the parts a client needs.</summary>
public sealed class DocumentedOperationsTests
{
    [Fact]
    public void The_spec_declares_the_eleven_documented_operations()
    {
        var operations = SpecDocument.Tratta.Operations()
            .Select(o => $"{o.Method} {o.Path} {SpecDocument.Scalar(o.Operation, "operationId")}")
            .OrderBy(o => o, System.StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "DELETE /customers/{customer} deleteCustomer",
                "DELETE /customers/{customer}/addresses/{addressId} deleteCustomerAddress",
                "GET /customers listCustomers",
                "GET /customers/{customer} getCustomer",
                "GET /customers/{customer}/addresses listCustomerAddresses",
                "POST /charges createCharge",
                "POST /customers createCustomer",
                "POST /customers/{customer}/addresses createCustomerAddress",
                "POST /customers/{customer}/payment-methods createCustomerPaymentMethod",
                "PUT /customers/{customer} updateCustomer",
                "PUT /customers/{customer}/addresses/{addressId} updateCustomerAddress",
            ],
            operations);
    }

    [Fact]
    public void Every_operation_has_a_tag_summary_description_and_a_success_response()
    {
        foreach (var (method, path, operation) in SpecDocument.Tratta.Operations())
        {
            var where = $"{method} {path}";
            Assert.True(operation.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("tags")), where + " has no tag");
            Assert.False(string.IsNullOrWhiteSpace(SpecDocument.Scalar(operation, "summary")), where + " has no summary");
            Assert.False(string.IsNullOrWhiteSpace(SpecDocument.Scalar(operation, "description")), where + " has no description");
            var responses = SpecDocument.Map(operation, "responses").Children.Keys.Select(k => k.ToString()).ToList();
            Assert.Contains(responses, status => status.StartsWith('2'));
            Assert.Contains("401", responses);
        }
    }

    [Fact]
    public void The_server_url_takes_the_organization_uuid_and_requests_use_bearer_auth()
    {
        var root = SpecDocument.Tratta.Root;
        var server = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("servers")]).Children[0];

        Assert.Equal("https://{organization}.production.tratta.io/api/v1", SpecDocument.Scalar(server, "url"));
        var scheme = SpecDocument.Map(SpecDocument.Map(SpecDocument.Map(root, "components"), "securitySchemes"), "bearerAuth");
        Assert.Equal("http", SpecDocument.Scalar(scheme, "type"));
        Assert.Equal("bearer", SpecDocument.Scalar(scheme, "scheme"));
    }
}
