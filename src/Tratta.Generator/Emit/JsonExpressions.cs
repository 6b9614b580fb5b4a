using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>The C# expressions that read or write one JSON value of a <see cref="TypeRef"/>.</summary>
internal static class JsonExpressions
{
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";

    public static string ConverterName(string ns, string typeName) => $"global::{ns}.Serialization.{typeName}JsonConverter";

    /// <summary>An expression reading the value the reader variable stands on.</summary>
    public static string Read(TypeRef type, string ns, string reader, string property, int depth = 0)
    {
        var name = SourceWriter.Literal(property);
        return type.Kind switch
        {
            TypeKind.String => $"{RuntimeNames.JsonRead}.String(ref {reader}, {name})",
            TypeKind.Int32 => $"{RuntimeNames.JsonRead}.Int32(ref {reader}, {name})",
            TypeKind.Int64 => $"{RuntimeNames.JsonRead}.Int64(ref {reader}, {name})",
            TypeKind.UInt64 => $"{RuntimeNames.JsonRead}.UInt64(ref {reader}, {name})",
            TypeKind.Guid => $"{RuntimeNames.JsonRead}.Guid(ref {reader}, {name})",
            TypeKind.Bytes => $"{RuntimeNames.JsonRead}.Bytes(ref {reader}, {name})",
            TypeKind.File => $"{RuntimeNames.JsonRead}.File(ref {reader}, {name})",
            TypeKind.Decimal or TypeKind.DecimalString => $"{RuntimeNames.JsonRead}.Decimal(ref {reader}, {name})",
            TypeKind.Double => $"{RuntimeNames.JsonRead}.Double(ref {reader}, {name})",
            TypeKind.Boolean => $"{RuntimeNames.JsonRead}.Boolean(ref {reader}, {name})",
            TypeKind.Date => $"{RuntimeNames.JsonRead}.Date(ref {reader}, {name}{Layout(type)})",
            TypeKind.DateTimeOffset => $"{RuntimeNames.JsonRead}.DateTimeOffset(ref {reader}, {name})",
            TypeKind.LocalDateTime => $"{RuntimeNames.JsonRead}.LocalDateTime(ref {reader}, {name}{Layout(type)})",
            TypeKind.Named or TypeKind.Enum => $"{ConverterName(ns, type.Name!)}.ReadValue(ref {reader})",
            TypeKind.List => $"{RuntimeNames.JsonRead}.List{TypeArgument(type, ns)}(ref {reader}, {name}, {ItemReader(type.Element!, ns, property, depth)})",
            TypeKind.Map => $"{RuntimeNames.JsonRead}.Map{TypeArgument(type, ns)}(ref {reader}, {name}, {ItemReader(type.Element!, ns, property, depth)}"
                + (type.EntryList is { } list ? $", {SourceWriter.Literal(list.KeyProperty)}, {SourceWriter.Literal(list.ValueProperty)})" : ")"),
            _ => $"{RuntimeNames.JsonRead}.Json(ref {reader}, {name})",
        };
    }

    /// <summary>A statement writing <paramref name="value"/> (never null here) with the writer variable.</summary>
    public static string Write(TypeRef type, string ns, string writer, string value, int depth = 0) => type.Kind switch
    {
        TypeKind.String => $"{writer}.WriteStringValue({value});",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Decimal or TypeKind.Double => $"{writer}.WriteNumberValue({value});",
        TypeKind.Guid => $"{writer}.WriteStringValue({value});",
        TypeKind.Bytes => $"{writer}.WriteBase64StringValue({value});",
        TypeKind.File => $"{RuntimeNames.JsonWrite}.File({writer}, {value});",
        TypeKind.Boolean => $"{writer}.WriteBooleanValue({value});",
        TypeKind.Date => $"{RuntimeNames.JsonWrite}.Date({writer}, {value}, {SourceWriter.Literal(type.DateFormat ?? "yyyy-MM-dd")});",
        TypeKind.DateTimeOffset => $"{writer}.WriteStringValue({value});",
        TypeKind.LocalDateTime => $"{RuntimeNames.JsonWrite}.LocalDateTime({writer}, {value}, {SourceWriter.Literal(type.DateFormat ?? "yyyy-MM-dd'T'HH:mm:ss")});",
        TypeKind.DecimalString => $"{RuntimeNames.JsonWrite}.DecimalString({writer}, {value});",
        TypeKind.Named or TypeKind.Enum => $"{ConverterName(ns, type.Name!)}.WriteValue({writer}, {value});",
        TypeKind.List => $"{RuntimeNames.JsonWrite}.List{TypeArgument(type, ns)}({writer}, {value}, {ItemWriter(type.Element!, ns, depth)});",
        TypeKind.Map => $"{RuntimeNames.JsonWrite}.Map{TypeArgument(type, ns)}({writer}, {value}, {ItemWriter(type.Element!, ns, depth)});",
        _ => $"{value}.WriteTo({writer});",
    };

    // The element type is written out, not inferred: the compiler infers a generic method's type from its lambda by
    // binding the lambda's body again for each candidate, so inferred calls nested in each other's lambdas take time
    // exponential in the depth (lists of lists 16 deep took 15 s to compile, 39 deep did not finish), and even one
    // level costs a large client's build a bind per collection property.
    private static string TypeArgument(TypeRef collection, string ns) => $"<{TypeNames.Of(collection.Element!, ns)}>";

    private static string Layout(TypeRef type) => type.DateFormat is { } format ? ", " + SourceWriter.Literal(format) : "";

    private static string ItemReader(TypeRef element, string ns, string property, int depth)
    {
        // A generated type's own reader is passed as it is: a lambda around it only gives the compiler more to bind.
        if (element.Kind is TypeKind.Named or TypeKind.Enum)
        {
            return $"{ConverterName(ns, element.Name!)}.ReadValue";
        }

        var reader = "itemReader" + depth;
        return $"static (ref {ReaderType} {reader}) => {Read(element, ns, reader, property, depth + 1)}";
    }

    private static string ItemWriter(TypeRef element, string ns, int depth)
    {
        if (element.Kind is TypeKind.Named or TypeKind.Enum)
        {
            return $"{ConverterName(ns, element.Name!)}.WriteValue";
        }

        var writer = "itemWriter" + depth;
        var item = "item" + depth;
        var statement = Write(element, ns, writer, item, depth + 1);
        return $"static ({writer}, {item}) => {statement.TrimEnd(';')}";
    }
}
