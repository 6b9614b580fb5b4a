using System;
using System.Net.Http;
using System.Text.Json;

namespace Tratta.Runtime;

/// <summary>What an error response says about itself: its message and the server's request id.</summary>
internal static class ErrorBody
{
    private const int MaxMessageLength = 500;

    private static readonly string[] RequestIdHeaders = { "X-Request-Id", "Request-Id", "X-Correlation-Id" };

    /// <summary>
    /// The message of a JSON error body, shortened to 500 characters: a top-level <c>message</c> (Laravel and most
    /// APIs), an RFC 9457 problem's <c>detail</c> or <c>title</c>, or <c>error</c> as a string or an object with a
    /// <c>message</c>. Null for any other body.
    /// </summary>
    public static string? Message(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? detail = null, title = null, error = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("message"u8) ? 1 : reader.ValueTextEquals("detail"u8) ? 2 : reader.ValueTextEquals("title"u8) ? 3 : reader.ValueTextEquals("error"u8) ? 4 : 0;
                reader.Read();
                if (name == 4 && reader.TokenType == JsonTokenType.StartObject)
                {
                    error ??= Message(ref reader);
                    continue;
                }

                if (name == 0 || reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    continue;
                }

                var text = reader.GetString();
                switch (name)
                {
                    case 1:
                        return Shorten(text);
                    case 2:
                        detail = text;
                        break;
                    case 3:
                        title = text;
                        break;
                    default:
                        error = text;
                        break;
                }
            }

            return Shorten(detail ?? title ?? error);
        }
        catch (Exception exception) when (Json.JsonRead.IsUnreadable(exception))
        {
            // Not JSON (an HTML error page from a proxy, say), or a message that is not UTF-8: no message to show.
            return null;
        }
    }

    /// <summary>The server's request id, to quote to its support.</summary>
    public static string? RequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    return value;
                }
            }
        }

        return null;
    }

    // The "message" of an object such as OpenAI's {"error": {"message": "..."}}; the reader is left on its end.
    private static string? Message(ref Utf8JsonReader reader)
    {
        string? message = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.String)
            {
                message = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return message;
    }

    private static string? Shorten(string? message)
    {
        message = message?.Trim();
        return message is { Length: > MaxMessageLength } ? message.Substring(0, MaxMessageLength) + "…" : message;
    }
}
