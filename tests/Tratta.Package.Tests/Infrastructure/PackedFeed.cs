using System;
using System.IO;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Package.Tests.Infrastructure;

/// <summary>
/// <c>dotnet pack</c> of the two packages, once for the package tests, into a local folder feed, with a version of its own
/// (so that no package restored earlier from another build is taken from the NuGet cache). Removed afterwards, with
/// the copies NuGet made of it.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "tratta-package-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    public string Folder => Path.Combine(Root, "feed");

    public TimeSpan PackTime { get; private set; }

    public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        // Its own artifacts folder: the pack restores and builds Release, and must not rewrite the obj/ folders that
        // the other test projects are being built from at the same time.
        // The two packable projects, not the solution (which would build every test and benchmark too). The generator's
        // pack builds Tratta.Runtime into the package without restoring it: restore it into the artifacts folder first.
        var steps = new[]
        {
            new[] { "restore", "src/Tratta.Runtime/Tratta.Runtime.csproj" },
            ["pack", "src/Tratta.Generator/Tratta.Generator.csproj", "-o", Folder, "-p:PackageVersion=" + Version],
            ["pack", "src/Tratta.Generator.Testing/Tratta.Generator.Testing.csproj", "-o", Folder, "-p:PackageVersion=" + Version],
        };
        foreach (var step in steps)
        {
            var pack = await ProcessRunner.RunAsync(
                "dotnet",
                [.. step, "--artifacts-path", Path.Combine(Root, "artifacts"), "-nodeReuse:false", "-nologo"],
                RepositoryRoot.Path,
                TimeSpan.FromMinutes(8));
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(' ', step)} failed:\n" + pack.Output);
            }
        }

        PackTime = DateTime.UtcNow - started;
    }

    public Task DisposeAsync()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "tratta.generator", "tratta.generator.testing" })
        {
            Delete(Path.Combine(cache, id, Version.ToLowerInvariant()));
        }

        Delete(Root);
        return Task.CompletedTask;
    }

    private static void Delete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>The tests that use the packed feed run one after another: each builds projects, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed Tratta.Generator";
}
