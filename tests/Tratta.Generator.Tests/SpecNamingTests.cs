using System.Collections.Immutable;
using System.Linq;
using Tratta.Generator.Pipeline;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Every spec of a project gets a namespace and a client name that no other spec of the project has, unless the
/// items themselves give two specs one namespace: then both clash.
/// </summary>
public sealed class SpecNamingTests
{
    private static readonly ProjectSettings Project = new("Acme.App", "/src/app", "net10.0");

    [Fact]
    public void A_spec_is_named_after_its_file_under_the_root_namespace()
    {
        var identity = Assert.Single(Assign(new SpecFile("/src/app/specs/billing.yaml", null, null)));

        Assert.Equal(("Acme.App.Billing", "BillingClient", "Acme.App.Billing.", (string?)null), (identity.Namespace, identity.ClientName, identity.HintPrefix, identity.ClashesWith));
    }

    [Fact]
    public void Specs_with_the_same_file_name_take_as_many_folders_as_tell_them_apart()
    {
        var identities = Assign(
            new SpecFile("/src/app/a/openapi.yaml", null, null),
            new SpecFile("/src/app/b/openapi.yaml", null, null),
            new SpecFile("/src/app/v1/shop/api.json", null, null),
            new SpecFile("/src/app/v2/shop/api.json", null, null),
            new SpecFile("/src/app/other.yaml", null, null));

        Assert.Equal(
            ["Acme.App.A.Openapi", "Acme.App.B.Openapi", "Acme.App.Other", "Acme.App.V1.Shop.Api", "Acme.App.V2.Shop.Api"],
            identities.Select(i => i.Namespace).Order(System.StringComparer.Ordinal));
        Assert.Equal(["AOpenapiClient", "BOpenapiClient", "OtherClient", "V1ShopApiClient", "V2ShopApiClient"], identities.Select(i => i.ClientName).Order(System.StringComparer.Ordinal));
        Assert.All(identities, i => Assert.Null(i.ClashesWith));
    }

    [Fact]
    public void Names_that_differ_only_in_case_are_the_same_name_as_hint_names_are()
    {
        var identities = Assign(
            new SpecFile("/src/app/v1/OpenAPI.yaml", null, null),
            new SpecFile("/src/app/v2/openapi.yaml", null, null),
            new SpecFile("/src/app/my-api/x.yaml", null, null),
            new SpecFile("/src/app/My_Api/x.yaml", null, null),
            new SpecFile("/src/app/billing.yaml", null, null),
            new SpecFile("/src/app/billing.json", null, null));

        Assert.Equal(["Acme.App.Billing.Json", "Acme.App.Billing.Yaml", "Acme.App.V1.OpenAPI", "Acme.App.V2.Openapi"], identities.Where(i => i.ClashesWith is null).Select(i => i.Namespace).Order(System.StringComparer.Ordinal));

        // Folders that differ only in how they are written cannot tell two specs apart, nor can the extension here:
        // the two clash, and the error says on what.
        var clash = identities.Single(i => i.Path == "/src/app/my-api/x.yaml");
        Assert.Equal("/src/app/My_Api/x.yaml", clash.ClashesWith);
        Assert.Equal("into the namespace 'Acme.App.X.Yaml'", clash.Clash);
    }

    [Fact]
    public void Two_specs_given_one_client_name_in_two_namespaces_clash_for_their_configuration_section()
    {
        var identities = Assign(new SpecFile("/src/app/a.yaml", "Acme.A", "ShopClient"), new SpecFile("/src/app/b.yaml", "Acme.B", "ShopClient"));

        Assert.All(identities, i => Assert.Equal("a client named 'ShopClient', whose options would bind the same configuration section", i.Clash));
    }

    [Fact]
    public void A_spec_outside_the_project_folder_uses_its_own_folders()
    {
        var identities = Assign(new SpecFile("/repo/spec/tratta.yaml", null, null), new SpecFile("/src/app/tratta.yaml", null, null));

        Assert.Equal(["Acme.App.Spec.Tratta", "Acme.App.Tratta"], identities.Select(i => i.Namespace).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void What_the_item_sets_wins_and_file_names_become_identifiers()
    {
        var identities = Assign(new SpecFile("/src/app/3d-models.yaml", null, null), new SpecFile("/src/app/pay.yaml", "Acme.Payments", "PaymentsApi"));

        Assert.Contains(identities, i => i.Namespace == "Acme.App._3dModels" && i.ClientName == "_3dModelsClient");
        Assert.Contains(identities, i => i.Namespace == "Acme.Payments" && i.ClientName == "PaymentsApi");
    }

    [Fact]
    public void Two_specs_given_one_namespace_clash_with_each_other()
    {
        var identities = Assign(new SpecFile("/src/app/a.yaml", "Acme.Api", null), new SpecFile("/src/app/b.yaml", "Acme.Api", null), new SpecFile("/src/app/c.yaml", null, null));

        Assert.Equal("/src/app/b.yaml", identities.Single(i => i.Path == "/src/app/a.yaml").ClashesWith);
        Assert.Equal("/src/app/a.yaml", identities.Single(i => i.Path == "/src/app/b.yaml").ClashesWith);
        Assert.Null(identities.Single(i => i.Path == "/src/app/c.yaml").ClashesWith);
    }

    private static System.Collections.Generic.IReadOnlyList<SpecIdentity> Assign(params SpecFile[] files) =>
        SpecNames.Assign(files.ToImmutableArray(), Project);
}
