using System;
using System.Collections.Generic;
using System.Globalization;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Hands out C# names that are unique within one scope (the types of a namespace, the members of a type), compared
/// ignoring case because generated file names are: the first comer keeps a name, later ones get 2, 3… A name that
/// cannot be one (empty, too long for the compiler, CS7013) is made into one, deterministically.
/// </summary>
internal sealed class NameRegistry
{
    /// <summary>Names longer than this are cut and given a hash of the whole, so that two long names stay apart.</summary>
    public const int MaxLength = 120;

    private readonly HashSet<string> _used;
    private readonly Dictionary<string, string> _holders = new(StringComparer.OrdinalIgnoreCase);

    public NameRegistry(IEnumerable<string> reserved)
    {
        _used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
    }

    public bool IsTaken(string name) => _used.Contains(name);

    /// <summary>Takes <paramref name="preferred"/> (made a valid, bounded identifier) or, when taken, the first free numbered variant.</summary>
    public string Reserve(string preferred)
    {
        var name = Bounded(preferred.Length == 0 ? "Value" : preferred);
        var unique = name;
        for (var i = 2; !_used.Add(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary>Takes the name itself when it is free; false when it is not.</summary>
    public bool TryReserve(string name) => _used.Add(name);

    /// <summary>Records which wire name a C# name was given to, for a collision's message.</summary>
    public void Remember(string name, string holder) => _holders[name] = holder;

    /// <summary>The wire name a C# name was given to; null when it was reserved for the type's own members.</summary>
    public string? Holder(string name) => _holders.TryGetValue(name, out var holder) ? holder : null;

    /// <summary>A name cut to <see cref="MaxLength"/> characters, with a hash of the whole name when it was cut.</summary>
    public static string Bounded(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        // FNV-1a: the same name always gives the same hash, on every machine and run.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return name.Substring(0, MaxLength - 9) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
