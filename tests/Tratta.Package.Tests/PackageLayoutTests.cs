using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Tratta.Package.Tests.Infrastructure;
using Xunit;

namespace Tratta.Package.Tests;

/// <summary>What packing the two packable projects makes: two packages, laid out as a user's build needs them.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackedFeed feed)
{
    [Fact]
    public void The_feed_holds_the_generator_package_and_its_testing_companion_only()
    {
        var packages = Directory.GetFiles(feed.Folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal([$"Tratta.Generator.{feed.Version}.nupkg", $"Tratta.Generator.Testing.{feed.Version}.nupkg"], packages);
    }

    [Fact]
    public void The_generator_package_holds_the_analyzer_the_runtime_and_the_build_files()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Tratta.Generator"));
        var files = package.Entries.Select(entry => entry.FullName).Where(name => !IsPackagingPart(name)).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "README.md",
                "Tratta.Generator.nuspec",
                "analyzers/dotnet/roslyn4.8/cs/Tratta.Generator.dll",
                "analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll",
                "buildTransitive/Tratta.Generator.props",
                "buildTransitive/Tratta.Generator.targets",
                "lib/net8.0/Tratta.Runtime.dll",
                "lib/net8.0/Tratta.Runtime.xml",
                "lib/netstandard2.0/_._",
            ],
            files);
        Assert.True(HasEmbeddedSymbols(package, "analyzers/dotnet/roslyn4.8/cs/Tratta.Generator.dll"), "The analyzer has no embedded PDB.");
        Assert.True(HasEmbeddedSymbols(package, "lib/net8.0/Tratta.Runtime.dll"), "The runtime has no embedded PDB.");
    }

    [Fact]
    public void The_generator_package_has_full_metadata_and_the_runtime_s_dependencies_for_net8_and_later()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Tratta.Generator"));
        var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("Tratta.Generator", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("source-generator", Value("tags"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value);

        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["Microsoft.Extensions.Configuration.Binder", "Microsoft.Extensions.Http.Resilience", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options.ConfigurationExtensions"], groups["net8.0"]);
        Assert.Empty(groups[".NETStandard2.0"]);
    }

    [Fact]
    public void The_testing_package_carries_the_generator_to_run_in_tests_and_depends_on_the_generator_package()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("Tratta.Generator.Testing"));
        var files = package.Entries.Select(entry => entry.FullName).Where(name => !IsPackagingPart(name)).ToList();

        Assert.Contains("lib/net8.0/Tratta.Generator.Testing.dll", files);
        Assert.Contains("lib/net8.0/Tratta.Generator.dll", files);
        Assert.DoesNotContain(files, name => name.StartsWith("analyzers/", StringComparison.Ordinal));
        var dependencies = Nuspec(package).Descendants().Where(e => e.Name.LocalName == "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
        Assert.Equal(feed.Version, dependencies["Tratta.Generator"]);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp", dependencies.Keys);
    }

    private static bool IsPackagingPart(string name) =>
        name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) || name == "[Content_Types].xml";

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static bool HasEmbeddedSymbols(ZipArchive package, string path)
    {
        using var entry = package.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }
}
