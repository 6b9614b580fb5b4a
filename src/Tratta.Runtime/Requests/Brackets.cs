using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Tratta.Runtime.Requests;

/// <summary>
/// The bracket notation of nested values in query strings and form bodies, as Rails, PHP, Laravel and Stripe read
/// it: <c>card[number]=4242</c>, <c>items[0][price]=5</c>, <c>expand[]=customer</c>.
/// </summary>
internal static class Brackets
{
    /// <summary>The name and text of every single value inside <paramref name="value"/>, named from <paramref name="prefix"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Flatten(string prefix, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return value.EnumerateObject().SelectMany(property => Flatten(prefix + "[" + property.Name + "]", property.Value));
            case JsonValueKind.Array:
                var items = value.EnumerateArray().ToList();

                // A list of single values repeats "name[]"; a list of objects or lists numbers its items, which keeps
                // the properties of one item together.
                return items.All(item => ParameterValue.TextOf(item) is not null)
                    ? items.Select(item => new KeyValuePair<string, string>(prefix + "[]", ParameterValue.TextOf(item)!))
                    : items.SelectMany((item, index) => Flatten(prefix + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item));
            default:
                return new[] { new KeyValuePair<string, string>(prefix, ParameterValue.TextOf(value)!) };
        }
    }
}
