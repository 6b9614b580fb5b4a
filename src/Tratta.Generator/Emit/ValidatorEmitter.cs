using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>
/// Writes the validator of a request record as another part of the record: <c>Validate()</c> returns every error at
/// once, keyed by the dot path of the field; nested records validate under their property's path. In the Laravel
/// dialect text is checked trimmed and a blank text counts as missing, with Laravel's messages; otherwise a value is
/// missing only when it is null, with JSON Schema's plain wording.
/// </summary>
internal sealed class ValidatorEmitter
{
    private const string Rules = RuntimeNames.ValidationRules;

    private readonly ClientModel _client;
    private readonly IReadOnlyDictionary<string, TypeModel> _types;
    private readonly ISet<string> _validated;
    private readonly string _present;
    private readonly bool _isLaravel;

    /// <param name="client">The client.</param>
    /// <param name="types">Every generated type, by name.</param>
    /// <param name="validated">The records that get a validator.</param>
    public ValidatorEmitter(ClientModel client, IReadOnlyDictionary<string, TypeModel> types, ISet<string> validated)
    {
        _client = client;
        _types = types;
        _validated = validated;
        Messages = client.IsLaravel ? RuntimeNames.LaravelMessages : RuntimeNames.JsonSchemaMessages;
        _isLaravel = client.IsLaravel;
        _present = client.IsLaravel ? "IsPresent" : "IsGiven";
    }

    // "^[0-9]{5}$" and "^\d{5}$" as the model holds them (rewritten for .NET): checked as digits, not as a regex.
    private static readonly Regex DigitsPattern = new(@"^\^\[0-9\]\{([0-9]+)\}\\z\z", RegexOptions.CultureInvariant);

    /// <summary>The checks' message class: Laravel's or JSON Schema's wording.</summary>
    private string Messages { get; }

    public GeneratedFile Emit(RecordModel record)
    {
        var client = _client;
        var ns = client.Namespace;
        const string errorsType = RuntimeNames.ValidationErrors;
        var writer = EmitConventions.StartFile(ns);
        writer.OpenBlock($"public partial record {record.Name}");
        var patterns = new List<(string Field, string Pattern)>();
        var body = new SourceWriter();
        var first = true;
        foreach (var property in record.AllProperties.Where(p => !p.IsReadOnly))
        {
            var lines = new SourceWriter();
            WriteProperty(lines, client, record, property, patterns);
            var text = lines.ToString();
            if (text.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                body.Line();
            }

            first = false;
            foreach (var line in text.TrimEnd('\n').Split('\n'))
            {
                body.Line(line);
            }
        }

        foreach (var (fieldName, pattern) in patterns)
        {
            writer.Line($"private static readonly global::System.Text.RegularExpressions.Regex {fieldName} = {Rules}.Pattern({SourceWriter.Literal(pattern)});");
            writer.Line();
        }

        // A record that extends a base with a discriminator overrides its base's checks (a property of the base's type
        // may hold it); only the base declares Validate().
        if (record.BaseType is null || !_validated.Contains(record.BaseType) || _types.TryGetValue(record.BaseType, out var baseType) && baseType is not RecordModel)
        {
            writer.Line("/// <summary>Checks this value against the spec's rules, without sending anything.</summary>");
            writer.Line("/// <param name=\"timeProvider\">The clock for date rules such as \"on or after today\"; the system clock when null.</param>");
            writer.Line($"/// <returns>Every error found, keyed by field path; <see cref=\"{errorsType}.IsValid\"/> when there is none.</returns>");
            writer.OpenBlock($"public {errorsType} Validate(global::System.TimeProvider? timeProvider = null)");
            writer.Line($"var errors = new {errorsType}();");
            writer.Line("ValidateInto(errors, \"\", timeProvider ?? global::System.TimeProvider.System);");
            writer.Line("return errors;");
            writer.CloseBlock();
            writer.Line();
        }

        var overrides = record.BaseType is not null && _validated.Contains(record.BaseType) && _types.TryGetValue(record.BaseType, out var baseRecord) && baseRecord is RecordModel;
        var modifiers = overrides ? "internal override" : record.Derived is not null ? "internal virtual" : "internal";
        writer.OpenBlock($"{modifiers} void ValidateInto({errorsType} errors, string path, global::System.TimeProvider clock)");
        var bodyText = body.ToString().TrimEnd('\n');
        foreach (var line in bodyText.Length == 0 ? new string[0] : bodyText.Split('\n'))
        {
            writer.Line(line);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile($"{client.HintPrefix}{record.Name}.Validation.g.cs", writer.ToString());
    }

    private void WriteProperty(SourceWriter writer, ClientModel client, RecordModel record, PropertyModel property, List<(string Field, string Pattern)> patterns)
    {
        var field = $"path + {SourceWriter.Literal(property.WireName)}";
        var nestedPath = $"path + {SourceWriter.Literal(property.WireName + ".")}";
        var rules = property.Rules;
        string Sibling(string wireName) => record.AllProperties.First(p => p.WireName == wireName).Name;
        string Paths(IEnumerable<string> wireNames) => "new[] { " + string.Join(", ", wireNames.Select(n => $"path + {SourceWriter.Literal(n)}")) + " }";

        var absent = $"!{Rules}.{_present}({property.Name})";
        var blocks = 0;
        void Separate()
        {
            if (blocks++ > 0)
            {
                writer.Line();
            }
        }

        if (property.IsRequired && (property.IsNullable || !property.Type.IsValueType))
        {
            Separate();
            writer.Line($"if ({absent}) errors.Add({field}, {Messages}.Required({field}));");
        }

        if (!rules.RequiredWithout.IsEmpty)
        {
            var othersAbsent = string.Concat(rules.RequiredWithout.Select(n => $" && !{Rules}.{_present}({Sibling(n)})"));
            Separate();
            writer.Line($"if ({absent}{othersAbsent}) errors.Add({field}, {Messages}.RequiredWithout({field}, {Paths(rules.RequiredWithout)}));");
        }

        if (!rules.RequiredWith.IsEmpty)
        {
            var anyPresent = string.Join(" || ", rules.RequiredWith.Select(n => $"{Rules}.{_present}({Sibling(n)})"));
            Separate();
            writer.Line($"if ({absent} && ({anyPresent})) errors.Add({field}, {Messages}.RequiredWith({field}, {Paths(rules.RequiredWith)}));");
        }

        if (rules.RequiredIf is { } requiredIf)
        {
            var sibling = record.AllProperties.First(p => p.WireName == requiredIf.Property);
            Separate();
            writer.Line($"if ({absent} && {Equals(sibling, requiredIf.EqualsValue)}) errors.Add({field}, {Messages}.RequiredIf({field}, path + {SourceWriter.Literal(requiredIf.Property)}, {SourceWriter.Literal(requiredIf.EqualsValue)}));");
        }

        var value = "value" + property.Name;
        var checks = new SourceWriter();
        WriteValueChecks(checks, client, property.Type, rules, value, field, property.Name, patterns, nestedPath);
        var text = checks.ToString();
        if (text.Length == 0)
        {
            return;
        }

        Separate();

        // A required value-type member is always set: its checks need no presence test.
        var isAlwaysSet = property.IsRequired && !property.IsNullable && property.Type.IsValueType;
        if (isAlwaysSet)
        {
            writer.Line($"var {value} = {property.Name};");
        }
        else
        {
            // Value rules apply to present values only: an empty string is reported as missing, or not at all.
            var presentText = property.Type.Kind == TypeKind.String ? $" && {Rules}.{_present}({value})" : "";
            writer.OpenBlock($"if ({property.Name} is {{ }} {value}{presentText})");
        }

        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        if (!isAlwaysSet)
        {
            writer.CloseBlock();
        }
    }

    /// <summary>The checks of one value that is present: its own rules, then those of its items or members.</summary>
    private void WriteValueChecks(SourceWriter writer, ClientModel client, TypeRef type, RuleSet rules, string value, string field, string propertyName, List<(string Field, string Pattern)> patterns, string? nestedPath = null, int depth = 0)
    {
        nestedPath ??= field + " + \".\"";
        // One line per rule: a large spec has thousands of them.
        void Check(string failsWhen, string message) => writer.Line($"if ({failsWhen}) errors.Add({field}, {Messages}.{message});");

        // Text rules see the value as the server does after Laravel's TrimStrings middleware: without the white space
        // around it (" 10001" is five digits there, "   123" three characters).
        var hasTextRule = rules.MinLength is not null || rules.MaxLength is not null || rules.Pattern is not null || rules.Format is not null;
        if (type.Kind == TypeKind.String && hasTextRule && _isLaravel)
        {
            var text = "text" + propertyName;
            writer.Line($"var {text} = {value}.Trim();");
            value = text;
        }

        if (rules.MinLength is { } minLength)
        {
            Check($"{Rules}.TextLength({value}) < {minLength}", $"MinLength({field}, {minLength})");
        }

        if (rules.MaxLength is { } maxLength)
        {
            Check($"{Rules}.TextLength({value}) > {maxLength}", $"MaxLength({field}, {maxLength})");
        }

        if (rules.Pattern is { } pattern && IsDigits(pattern, out var digits))
        {
            Check($"!{Rules}.IsDigits({value}, {digits})", $"Digits({field}, {digits})");
        }
        else if (rules.Pattern is { } otherPattern)
        {
            var fieldName = propertyName + "_Pattern";
            patterns.Add((fieldName, otherPattern));
            Check($"!{Rules}.Matches({value}, {fieldName})", $"Format({field})");
        }

        switch (rules.Format)
        {
            case "email":
                Check($"!{Rules}.IsEmail({value})", $"Email({field})");
                break;
            case "card-number":
                Check($"!{Rules}.IsCardNumber({value})", $"CardNumber({field})");
                break;
            case "routing-number":
                Check($"!{Rules}.IsRoutingNumber({value})", $"RoutingNumber({field})");
                break;
            case "us-phone":
                Check($"!{Rules}.IsUsPhone({value})", $"UsPhone({field})");
                break;
        }

        WriteBounds(Check, rules, value, field, type.Kind == TypeKind.Double ? "d" : "m");
        if (rules.MinItems is { } minItems)
        {
            Check($"{value}.Count < {minItems}", $"MinItems({field}, {minItems})");
        }

        if (rules.MaxItems is { } maxItems)
        {
            Check($"{value}.Count > {maxItems}", $"MaxItems({field}, {maxItems})");
        }

        if (rules.AfterOrEqual == "today")
        {
            Check($"!{Rules}.IsOnOrAfterToday({value}, clock)", $"AfterOrEqualToday({field})");
        }

        switch (type.Kind)
        {
            case TypeKind.Enum:
                // A default(enum) member of a string enum was never set: that is a missing value, not an unknown one.
                var isNumeric = _types.TryGetValue(type.Name!, out var enumType) && enumType is EnumModel { IsNumeric: true };
                if (!isNumeric)
                {
                    writer.Line($"if ({value}.Value.Length == 0) errors.Add({field}, {Messages}.Required({field}));");
                }

                writer.Line($"{(isNumeric ? "if" : "else if")} (!{value}.IsKnown) errors.Add({field}, {Messages}.In({field}));");
                break;
            case TypeKind.Named when _types.TryGetValue(type.Name!, out var named) && named is UnionModel union:
                foreach (var unionCase in union.Cases.Where(c => c.Type.Kind == TypeKind.Named && _validated.Contains(c.Type.Name!)))
                {
                    writer.Line(union.IsHierarchy
                        ? $"({value} as global::{client.Namespace}.{unionCase.Type.Name})?.ValidateInto(errors, {nestedPath}, clock);"
                        : $"{value}.{unionCase.Name}?.ValidateInto(errors, {nestedPath}, clock);");
                }

                break;
            case TypeKind.Named when _validated.Contains(type.Name!):
                writer.Line($"{value}.ValidateInto(errors, {nestedPath}, clock);");
                break;
            case TypeKind.List when rules.Element is not null || IsValidated(type.Element!):
                var index = "index" + depth;
                var item = "item" + depth;
                writer.OpenBlock($"for (var {index} = 0; {index} < {value}.Count; {index}++)");
                writer.Line($"var {item} = {value}[{index}];");
                var listChecks = new SourceWriter();
                var itemField = $"{nestedPath} + {index}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
                WriteValueChecks(listChecks, client, type.Element!, rules.Element ?? RuleSet.None, item, itemField, propertyName + "Item", patterns, itemField + " + \".\"", depth + 1);
                WriteNullableItem(writer, type.Element!, listChecks, item);
                writer.CloseBlock();
                break;
            case TypeKind.Map when rules.Element is not null || rules.KeyMaxLength is not null || IsValidated(type.Element!):
                var entry = "entry" + depth;
                writer.OpenBlock($"foreach (var {entry} in {value})");
                if (rules.KeyMaxLength is { } keyMaxLength)
                {
                    writer.Line($"if ({Rules}.TextLength({entry}.Key) > {keyMaxLength}) errors.Add({nestedPath} + {entry}.Key, {Messages}.KeyMaxLength({nestedPath} + {entry}.Key, {keyMaxLength}));");
                }

                var itemChecks = new SourceWriter();
                var entryField = $"{nestedPath} + {entry}.Key";
                WriteValueChecks(itemChecks, client, type.Element!, rules.Element ?? RuleSet.None, $"{entry}.Value", entryField, propertyName + "Value", patterns, entryField + " + \".\"", depth + 1);
                WriteNullableItem(writer, type.Element!, itemChecks, $"{entry}.Value");
                writer.CloseBlock();
                break;
        }
    }

    // Items of a collection may be null on the wire; a null item has nothing to check.
    private static void WriteNullableItem(SourceWriter writer, TypeRef element, SourceWriter checks, string item)
    {
        var text = checks.ToString();
        if (text.Length == 0)
        {
            return;
        }

        if (!element.IsValueType)
        {
            writer.OpenBlock($"if ({item} is not null)");
        }

        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        if (!element.IsValueType)
        {
            writer.CloseBlock();
        }
    }

    // Bounds are written as decimal literals (m), or double ones (d) for double values: both convert from integers.
    private static void WriteBounds(System.Action<string, string> check, RuleSet rules, string value, string field, string suffix)
    {
        string Literal(decimal bound) => Number(bound) + suffix;

        if (rules.Minimum is { } minimum && rules.Maximum is { } maximum)
        {
            check($"{value} < {Literal(minimum)} || {value} > {Literal(maximum)}", $"Between({field}, {Number(minimum)}m, {Number(maximum)}m)");
        }
        else if (rules.Minimum is { } min)
        {
            check($"{value} < {Literal(min)}", $"Minimum({field}, {Number(min)}m)");
        }
        else if (rules.Maximum is { } max)
        {
            check($"{value} > {Literal(max)}", $"Maximum({field}, {Number(max)}m)");
        }

        if (rules.ExclusiveMinimum is { } exclusiveMinimum)
        {
            check($"{value} <= {Literal(exclusiveMinimum)}", $"GreaterThan({field}, {Number(exclusiveMinimum)}m)");
        }

        if (rules.ExclusiveMaximum is { } exclusiveMaximum)
        {
            check($"{value} >= {Literal(exclusiveMaximum)}", $"LessThan({field}, {Number(exclusiveMaximum)}m)");
        }
    }

    /// <summary>Whether a sibling holds a value given as spec text, compared as its own type (not through ToString).</summary>
    private static string Equals(PropertyModel sibling, string value)
    {
        var member = sibling.Name;
        var text = SourceWriter.Literal(value);
        return sibling.Type.Kind switch
        {
            TypeKind.Boolean => $"{member} == {(string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase) ? "true" : "false")}",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.DecimalString or TypeKind.Double when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                => $"{member} is {{ }} number{member} && (decimal)number{member} == {Number(number)}m",
            TypeKind.Enum => $"{member} is {{ }} choice{member} && choice{member}.Value == {text}",
            TypeKind.String => $"{member} == {text}",
            _ => $"global::System.Convert.ToString({member}, global::System.Globalization.CultureInfo.InvariantCulture) == {text}",
        };
    }

    private static bool IsValidated(TypeRef type) =>
        type.Kind is TypeKind.Named or TypeKind.Enum || (type.Kind is TypeKind.List or TypeKind.Map && IsValidated(type.Element!));

    private static bool IsDigits(string pattern, out int count)
    {
        var match = DigitsPattern.Match(pattern);
        count = 0;
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
