using System;
using System.IO;

namespace Tratta.Client.Tests;

/// <summary>The docs' example payloads (see Payloads/README.md).</summary>
internal static class Payloads
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));
}
