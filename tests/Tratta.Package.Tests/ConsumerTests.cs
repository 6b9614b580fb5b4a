using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Tratta.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Package.Tests;

/// <summary>
/// A new user's path, on the packed package from a local feed: a fresh project outside the repository with only the
/// PackageReference and a <c>&lt;TrattaSpec&gt;</c> item, built with <c>dotnet build</c>, run against a loopback server.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string SpecItem = """<TrattaSpec Include="specs/pets.yaml" />""";

    [Fact]
    public async Task A_fresh_project_builds_calls_a_loopback_server_and_follows_edits_of_its_spec()
    {
        using var project = new ConsumerProject(feed, "Consumer", items: SpecItem).Copy("pets.yaml", "specs/pets.yaml").Copy("Pets/Program.cs", "Program.cs");
        await using var server = await PetsServer.StartAsync();

        var build = await project.BuildAsync();
        Report("first build (restore included)", build);
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);

        var run = await project.RunAsync([server.BaseUrl.ToString()]);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("pet 7 Rex dog", run.Output);
        Assert.Contains("not found 404: No pet 404.", run.Output);
        Assert.Contains("not sent: name", run.Output);
        Assert.Equal(["GET /v1/pets/7", "GET /v1/pets/404"], server.Requests);

        // A new operation in the spec: the rebuilt client has its method.
        var spec = project.Read("specs/pets.yaml");
        project.Write("specs/pets.yaml", spec.Replace("  /pets/{petId}:\n    get:", "  /pets/{petId}:\n    delete:\n      operationId: deletePet\n      parameters:\n        - { name: petId, in: path, required: true, schema: { type: string } }\n      responses:\n        '204': { description: Deleted. }\n    get:"))
            .Copy("PetsAfterEdit/Program.cs", "Program.cs");
        var rebuild = await project.BuildAsync();
        Report("rebuild after adding an operation", rebuild);
        Assert.True(rebuild.Succeeded, rebuild.ToString());
        var rerun = await project.RunAsync([server.BaseUrl.ToString()]);
        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.Contains("deleted 7", rerun.Output);
        Assert.Equal("DELETE /v1/pets/7", server.Requests.Last());

        // A broken spec: the build fails with the TRATTA error at the file, line and column of the mistake.
        var edited = project.Read("specs/pets.yaml");
        var broken = edited.Replace("schema: { $ref: '#/components/schemas/Pet' }\n        '404'", "schema: { $ref: '#/components/schemas/Missing' }\n        '404'");
        Assert.NotEqual(edited, broken);
        project.Write("specs/pets.yaml", broken);
        var (line, column) = Position(broken, "'#/components/schemas/Missing'");
        var failed = await project.BuildAsync();
        Report("build of a broken spec", failed);
        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.Id.StartsWith("TRATTA", StringComparison.Ordinal));
        Assert.Equal(("error", "TRATTA004", line, column), (error.Severity, error.Id, error.Line, error.Column));
        Assert.EndsWith(Path.Combine("specs", "pets.yaml"), error.File);
    }

    [Fact]
    public async Task A_net8_project_builds_and_runs_its_client()
    {
        using var project = new ConsumerProject(feed, "Consumer", targetFramework: "net8.0", items: SpecItem).Copy("pets.yaml", "specs/pets.yaml").Copy("Pets/Program.cs", "Program.cs");
        await using var server = await PetsServer.StartAsync();

        var build = await project.BuildAsync();
        Report("net8.0 build", build);
        Assert.True(build.Succeeded, build.ToString());

        // Only the .NET 10 runtime is installed here: the net8.0 program runs on it, as it would on a newer runtime.
        var run = await project.RunAsync([server.BaseUrl.ToString()], new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major" });
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("pet 7 Rex dog", run.Output);
    }

    [Fact]
    public async Task Two_specs_named_alike_one_yaml_one_json_get_their_own_namespaces_and_clients()
    {
        using var project = new ConsumerProject(feed, "Consumer", items: """<TrattaSpec Include="a/openapi.yaml;b/openapi.json" />""")
            .Write("a/openapi.yaml", TinySpec("https://a.example.test/"))
            .Write("b/openapi.json", TinyJsonSpec("https://b.example.test/"))
            .Copy("TwoSpecs/Program.cs", "Program.cs");

        var build = await project.BuildAsync();
        Report("two specs", build);
        Assert.True(build.Succeeded, build.ToString());
        var run = await project.RunAsync([]);
        Assert.Contains("https://a.example.test/\nhttps://b.example.test/\nConsumer.A.Openapi.Thing Consumer.B.Openapi.Thing", run.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Two_specs_given_one_namespace_are_an_error_at_each_file_and_never_a_generator_crash()
    {
        using var project = new ConsumerProject(feed, "Consumer", items: """<TrattaSpec Include="a/openapi.yaml;b/openapi.yaml" Namespace="Same.Place" />""")
            .Write("a/openapi.yaml", TinySpec("https://a.example.test/"))
            .Write("b/openapi.yaml", TinySpec("https://b.example.test/"))
            .Copy("NoSpec/Program.cs", "Program.cs");

        var build = await project.BuildAsync();

        Assert.False(build.Succeeded);
        Assert.DoesNotContain("CS8785", build.Output);
        var clashes = build.Diagnostics.Where(d => d.Id == "TRATTA020").ToList();
        Assert.Equal([Path.Combine("a", "openapi.yaml"), Path.Combine("b", "openapi.yaml")], clashes.Select(d => Path.GetRelativePath(project.Directory, d.File)).Order(StringComparer.Ordinal));
        Assert.All(build.Diagnostics, d => Assert.Equal("TRATTA020", d.Id));
    }

    [Fact]
    public async Task A_project_with_the_package_and_no_spec_gets_nothing_and_no_warning()
    {
        using var project = new ConsumerProject(feed, "Consumer").Copy("NoSpec/Program.cs", "Program.cs");

        var build = await project.BuildAsync("-p:EmitCompilerGeneratedFiles=true");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);
        var generated = Path.Combine(project.Directory, "obj", "Debug", project.TargetFramework, "generated", "Tratta.Generator");
        Assert.False(Directory.Exists(generated) && Directory.EnumerateFiles(generated, "*", SearchOption.AllDirectories).Any(), "Files were generated for a project without a spec.");
    }

    [Fact]
    public async Task Two_generating_projects_one_with_InternalsVisibleTo_the_other_compile()
    {
        using var library = new ConsumerProject(feed, "Library", properties: "<OutputType>Library</OutputType>", items: SpecItem + """<InternalsVisibleTo Include="App" />""")
            .Copy("pets.yaml", "specs/pets.yaml");
        using var app = new ConsumerProject(feed, "App", items: SpecItem + $"""<ProjectReference Include="{library.ProjectFile}" />""")
            .Copy("pets.yaml", "specs/pets.yaml")
            .Write("Program.cs", "System.Console.WriteLine(typeof(App.Pets.PetsClient).FullName + \" \" + typeof(Library.Pets.PetsClient).FullName);\n");

        var build = await app.BuildAsync();
        Report("two generating projects, InternalsVisibleTo", build);

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);
        Assert.Contains("App.Pets.PetsClient Library.Pets.PetsClient", (await app.RunAsync([])).Output);
    }

    [Theory]
    [InlineData("netstandard2.0", "", "TRATTA019", "this project targets netstandard2.0. Set <TargetFramework> to net8.0 or later.")]
    [InlineData("net10.0", "<LangVersion>10</LangVersion>", "TRATTA018", "this project compiles C# 10.0. Remove <LangVersion> from the project, or set it to 11 or later.")]
    public async Task A_project_that_cannot_compile_the_client_gets_one_error_saying_what_to_change(string targetFramework, string properties, string id, string says)
    {
        using var project = new ConsumerProject(feed, "Consumer", targetFramework, properties + "<OutputType>Library</OutputType>", SpecItem).Copy("pets.yaml", "specs/pets.yaml");

        var build = await project.BuildAsync();

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Diagnostics);
        Assert.Equal(id, error.Id);
        Assert.Contains(says, error.Message);
        Assert.EndsWith(Path.Combine("specs", "pets.yaml"), error.File);
    }

    private static string TinySpec(string server) => $$"""
        openapi: 3.1.0
        info: { title: Tiny, version: "1" }
        servers: [ { url: "{{server}}" } ]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
              responses:
                '200':
                  description: A thing.
                  content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } }
        components:
          schemas:
            Thing: { type: object, properties: { id: { type: string } } }
        """;

    private static string TinyJsonSpec(string server) => $$"""
        {
          "openapi": "3.1.0",
          "info": { "title": "Tiny", "version": "1" },
          "servers": [ { "url": "{{server}}" } ],
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": {
                  "200": { "description": "A thing.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } }
                }
              }
            }
          },
          "components": { "schemas": { "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } } }
        }
        """;

    // One-based line and column of the first occurrence of a text, as MSBuild prints positions.
    private static (int Line, int Column) Position(string text, string what)
    {
        var index = text.IndexOf(what, StringComparison.Ordinal);
        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }

    private void Report(string what, BuildResult build) => output.WriteLine($"{what}: {build.Elapsed.TotalSeconds:0.0} s, exit {build.ExitCode}");
}
