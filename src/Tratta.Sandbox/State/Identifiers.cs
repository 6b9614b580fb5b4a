using System;
using System.Globalization;
using System.Security.Cryptography;

namespace Tratta.Sandbox.State;

/// <summary>The ids the sandbox assigns.</summary>
internal static class Identifiers
{
    /// <summary>A Tratta id: a lowercase UUID, like the docs' examples.</summary>
    public static string NewId() => Guid.NewGuid().ToString("D");

    /// <summary>A payment reference number: 10 digits, not starting with 0 (the docs' example is 3153686308).</summary>
    public static string NewReferenceNumber() =>
        RandomNumberGenerator.GetInt32(1_000_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
}
