using System;

namespace Tratta.Generator.Testing;

/// <summary>Generated code does not match its snapshots, or is not usable; the message has the diffs and what to do.</summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The differences and how to accept them.</param>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
