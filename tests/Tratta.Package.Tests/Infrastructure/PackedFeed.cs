using System;
using System.IO;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Package.Tests.Infrastructure;

/// <summary>
/// <c>dotnet pack Tratta.Gen.sln</c>, once for the package tests, into a local folder feed, with a version of its own
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
        var pack = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", Path.Combine(RepositoryRoot.Path, "Tratta.Gen.sln"), "--artifacts-path", Path.Combine(Root, "artifacts"), "-o", Folder, "-p:PackageVersion=" + Version, "-nodeReuse:false", "-nologo"],
            RepositoryRoot.Path,
            TimeSpan.FromMinutes(8));
        PackTime = DateTime.UtcNow - started;
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack Tratta.Gen.sln failed:\n" + pack.Output);
        }
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
