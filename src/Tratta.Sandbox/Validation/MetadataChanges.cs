using System.Collections.Generic;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// What a request does to a customer's metadata: clear it all (an empty value for the whole metadata), then set the
/// keys with a value and remove the keys sent with an empty one.
/// </summary>
internal sealed record MetadataChanges(
    bool ClearAll,
    IReadOnlyList<KeyValuePair<string, string>> Set,
    IReadOnlyList<string> Remove)
{
    public static MetadataChanges None { get; } = new(false, [], []);

    public IReadOnlyList<KeyValuePair<string, string>> ApplyTo(IReadOnlyList<KeyValuePair<string, string>> current)
    {
        var result = ClearAll ? new List<KeyValuePair<string, string>>() : new List<KeyValuePair<string, string>>(current);
        foreach (var key in Remove)
        {
            result.RemoveAll(pair => pair.Key == key);
        }

        foreach (var pair in Set)
        {
            // A changed key keeps its place; a new key goes last.
            var index = result.FindIndex(existing => existing.Key == pair.Key);
            if (index >= 0)
            {
                result[index] = pair;
            }
            else
            {
                result.Add(pair);
            }
        }

        return result.ToArray();
    }
}
