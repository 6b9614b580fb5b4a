using System.Collections.Generic;
using System.Text.Json;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// Reads <c>metadata</c>: a JSON object of string values, keys and values at most 255 characters
/// ("key:max:255|value:max:255"). Errors are keyed <c>metadata.&lt;key&gt;</c>, as Laravel keys nested fields.
/// </summary>
internal static class MetadataReader
{
    private const string Field = "metadata";
    private const int MaxLength = 255;

    public static MetadataChanges Read(InputObject body)
    {
        if (!body.IsSent(Field))
        {
            return MetadataChanges.None;
        }

        // "When you put an empty value to whole metadata, all of the metadata ... will be deleted": null, "", {}, [].
        if (!body.TryGetRaw(Field, out var metadata))
        {
            return new MetadataChanges(ClearAll: true, [], []);
        }

        if (metadata.ValueKind != JsonValueKind.Object)
        {
            body.Fail(Field, Messages.Array);
            return MetadataChanges.None;
        }

        var set = new List<KeyValuePair<string, string>>();
        var remove = new List<string>();
        foreach (var property in metadata.EnumerateObject())
        {
            var path = body.PathOf(Field) + "." + property.Name;
            if (property.Name.Length > MaxLength)
            {
                body.Errors.Add(path, Messages.MaxKeyCharacters(path, MaxLength));
                continue;
            }

            if (InputObject.IsBlank(property.Value))
            {
                // "When you PUT an empty value to existing key, it will be deleted."
                remove.Add(property.Name);
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                body.Errors.Add(path, Messages.String(path));
                continue;
            }

            var value = property.Value.GetString()!.Trim();
            if (value.Length > MaxLength)
            {
                body.Errors.Add(path, Messages.MaxCharacters(path, MaxLength));
                continue;
            }

            set.Add(new(property.Name, value));
        }

        return new MetadataChanges(ClearAll: false, set, remove);
    }
}
