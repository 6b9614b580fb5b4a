using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;

namespace Tratta.Runtime;

/// <summary>
/// Validation errors keyed by field path in dot form (<c>name</c>, <c>card.card_number</c>, <c>items.0.price</c>),
/// each with its messages. Filled by a generated client's validators before a request is sent, and from a server's
/// error response: Laravel's <c>{"message": "...", "errors": {"field": ["..."]}}</c> or an RFC 9457 validation problem
/// (<c>{"title": "...", "errors": {"field": ["..."]}}</c>, as ASP.NET Core answers). Messages name fields and rules,
/// never the values that broke them.
/// </summary>
public sealed class ValidationErrors : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);
    private readonly List<string> _fields = new();

    /// <summary>The server's summary message, when the errors came from a response.</summary>
    public string? Message { get; init; }

    /// <summary>Whether there are no errors.</summary>
    public bool IsValid => _fields.Count == 0;

    /// <summary>The number of fields with errors.</summary>
    public int Count => _fields.Count;

    /// <summary>The fields with errors, in the order they were found.</summary>
    public IEnumerable<string> Keys => _fields;

    /// <summary>The messages of each field, in the order of <see cref="Keys"/>.</summary>
    public IEnumerable<IReadOnlyList<string>> Values
    {
        get
        {
            foreach (var name in _fields)
            {
                yield return _messages[name];
            }
        }
    }

    /// <summary>The messages of one field.</summary>
    public IReadOnlyList<string> this[string key] => _messages[key];

    /// <summary>Adds a message to a field.</summary>
    public void Add(string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        if (!_messages.TryGetValue(field, out var messages))
        {
            _messages[field] = messages = new List<string>();
            _fields.Add(field);
        }

        messages.Add(message);
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _messages.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        var found = _messages.TryGetValue(key, out var messages);
        value = messages;
        return found;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator()
    {
        foreach (var field in _fields)
        {
            yield return new(field, _messages[field]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every error as <c>field: message</c>, one per line.</summary>
    public override string ToString() =>
        string.Join("\n", Enumerable.SelectMany(_fields, field => Enumerable.Select(_messages[field], message => field + ": " + message)));

    /// <summary>
    /// Reads a validation response, <c>{"message": "...", "errors": {"field": ["..."]}}</c> (a problem's <c>detail</c> or
    /// <c>title</c> stands in for <c>message</c>). A body of another shape gives no field errors (and its message, if any).
    /// </summary>
    public static ValidationErrors Parse(ReadOnlySpan<byte> json)
    {
        string? message = null, detail = null, title = null;
        var fields = new List<(string Field, string Message)>();
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("message"u8))
                    {
                        reader.Read();
                        message = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                    }
                    else if (reader.ValueTextEquals("detail"u8) || reader.ValueTextEquals("title"u8))
                    {
                        var isDetail = reader.ValueTextEquals("detail"u8);
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            (isDetail ? ref detail : ref title) = reader.GetString();
                        }

                        reader.Skip();
                    }
                    else if (reader.ValueTextEquals("errors"u8))
                    {
                        reader.Read();
                        ReadErrors(ref reader, fields);
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
        }
        catch (Exception exception) when (Json.JsonRead.IsUnreadable(exception))
        {
            // A 422 whose body is not JSON (or holds a string that is not UTF-8) still becomes a validation exception,
            // with the errors read up to that point.
        }

        var errors = new ValidationErrors { Message = message ?? detail ?? title };
        foreach (var (field, text) in fields)
        {
            errors.Add(field, text);
        }

        return errors;
    }

    private static void ReadErrors(ref Utf8JsonReader reader, List<(string Field, string Message)> fields)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                fields.Add((field, reader.GetString()!));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        fields.Add((field, reader.GetString()!));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }
}
