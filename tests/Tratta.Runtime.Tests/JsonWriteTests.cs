using System;
using System.Text;
using Tratta.Runtime.Json;
using Xunit;

namespace Tratta.Runtime.Tests;

/// <summary>Request bodies are written with a buffer kept per thread: each body must still come out whole and alone.</summary>
public sealed class JsonWriteTests
{
    [Fact]
    public void Bodies_written_one_after_another_do_not_share_bytes()
    {
        var first = JsonWrite.ToUtf8("a long first value", static (writer, value) => writer.WriteStringValue(value));
        var second = JsonWrite.ToUtf8("b", static (writer, value) => writer.WriteStringValue(value));

        Assert.Equal("\"a long first value\"", Encoding.UTF8.GetString(first));
        Assert.Equal("\"b\"", Encoding.UTF8.GetString(second));
    }

    [Fact]
    public void A_body_written_while_another_is_being_written_gets_a_writer_of_its_own()
    {
        var outer = JsonWrite.ToUtf8(1, static (writer, _) =>
        {
            writer.WriteStartArray();
            var inner = JsonWrite.ToUtf8(2, static (innerWriter, value) => innerWriter.WriteNumberValue(value));
            writer.WriteStringValue(Encoding.UTF8.GetString(inner));
            writer.WriteEndArray();
        });

        Assert.Equal("[\"2\"]", Encoding.UTF8.GetString(outer));
    }

    [Fact]
    public void A_writer_that_failed_half_way_does_not_spoil_the_next_body()
    {
        Assert.Throws<InvalidOperationException>(() => JsonWrite.ToUtf8(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("card_number");
            writer.WriteStringValue("4242424242424242");
            throw new InvalidOperationException("failed while writing");
        }));

        var next = JsonWrite.ToUtf8(true, static (writer, value) => writer.WriteBooleanValue(value));

        Assert.Equal("true", Encoding.UTF8.GetString(next));
    }
}
