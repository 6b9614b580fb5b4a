using System.Collections.Generic;
using System.Globalization;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// The errors of one request in Laravel's model: field paths in dot form (<c>card.card_number</c>,
/// <c>metadata.key</c>) mapped to their messages, in the order the rules ran, so the first one leads the summary.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly List<KeyValuePair<string, List<string>>> _fields = [];

    public int Count => _fields.Count;

    public bool HasErrors => _fields.Count > 0;

    public IReadOnlyList<KeyValuePair<string, List<string>>> Fields => _fields;

    public void Add(string path, string message)
    {
        var index = _fields.FindIndex(field => field.Key == path);
        if (index < 0)
        {
            _fields.Add(new(path, [message]));
        }
        else
        {
            _fields[index].Value.Add(message);
        }
    }

    /// <summary>
    /// Laravel's summary (ValidationException::summarize): the first message, then "(and 1 more error)" or
    /// "(and N more errors)" counting every other message.
    /// </summary>
    public string Summary()
    {
        string? first = null;
        var others = 0;
        foreach (var field in _fields)
        {
            foreach (var message in field.Value)
            {
                if (first is null)
                {
                    first = message;
                }
                else
                {
                    others++;
                }
            }
        }

        first ??= "The given data was invalid.";
        return others switch
        {
            0 => first,
            1 => first + " (and 1 more error)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{first} (and {others} more errors)"),
        };
    }
}
