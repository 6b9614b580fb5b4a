using System;
using System.Collections.Generic;
using System.Text.Json;
using Tratta.Runtime.Json;

namespace Tratta.Runtime.Paging;

/// <summary>
/// Reads a Laravel page: <c>{"data": [...], "links": {"next": ...}, "meta": {"current_page": 1, "per_page": "15", ...}}</c>
/// (API resources), or <c>next_page_url</c> and the counts next to <c>data</c> (a plain paginator). A body without
/// paging information is one page. Counts may arrive as numbers or strings.
/// </summary>
internal static class PageReader
{
    public static Page<T> Read<T>(ReadOnlySpan<byte> json, string itemsProperty, JsonValueReader<T> readItem)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            throw new JsonException("The response body is empty.");
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new Page<T>(JsonRead.List(ref reader, itemsProperty, readItem), null, null, null, null, null);
        }

        JsonRead.StartObject(ref reader, "a page");
        IReadOnlyList<T>? items = null;
        var fields = new PageFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == itemsProperty)
            {
                items = JsonRead.List(ref reader, itemsProperty, readItem);
            }
            else if (name is "links" or "meta" && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var inner = reader.GetString();
                    reader.Read();
                    fields.Read(ref reader, name == "links" && inner == "next" ? "next_page_url" : inner);
                }
            }
            else
            {
                fields.Read(ref reader, name);
            }
        }

        return new Page<T>(items ?? throw JsonRead.Missing("a page", itemsProperty), fields.Next, fields.CurrentPage, fields.LastPage, fields.PerPage, fields.Total);
    }

    private struct PageFields
    {
        public string? Next;
        public int? CurrentPage;
        public int? LastPage;
        public int? PerPage;
        public long? Total;

        public void Read(ref Utf8JsonReader reader, string? name)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            switch (name)
            {
                case "next_page_url":
                    Next = JsonRead.String(ref reader, name);
                    break;
                case "current_page":
                    CurrentPage = JsonRead.Int32(ref reader, name);
                    break;
                case "last_page":
                    LastPage = JsonRead.Int32(ref reader, name);
                    break;
                case "per_page":
                    PerPage = JsonRead.Int32(ref reader, name);
                    break;
                case "total":
                    Total = JsonRead.Int64(ref reader, name);
                    break;
                default:
                    JsonRead.Skip(ref reader);
                    break;
            }
        }
    }
}
