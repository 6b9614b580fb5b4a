using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Tratta.Generator.Model;

/// <summary>Turns wire names (snake_case, kebab-case, camelCase, anything) into C# identifiers.</summary>
internal static class Naming
{
    public static string Pascal(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        // WEB_FORM reads WebForm and ID Id (.NET's casing); in a name with lower case (OpenAPI) capitals are an acronym to keep.
        var isCapitals = !HasLower(wireName);
        foreach (var word in Words(wireName))
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(isCapitals ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            // 3DSECURE stays _3DSECURE: after a leading digit no casing reads better than the original.
            return "_" + (isCapitals ? string.Concat(Words(wireName)) : builder.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A camelCase name for parameters and locals; C# keywords get a verbatim <c>@</c>.</summary>
    public static string Camel(string wireName)
    {
        var pascal = Pascal(wireName);
        if (pascal.Length == 0)
        {
            return "value";
        }

        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return IsKeyword(camel) ? "@" + camel : camel;
    }

    private static bool HasLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

    public static bool IsValidIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name) && !IsKeyword(name);

    /// <summary>The words of a name: runs of letters and digits, a new word at each lower-to-upper case change.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            var startsNewWord = isWordChar && start >= 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]);
            if (start >= 0 && (!isWordChar || startsNewWord))
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }
    }
}
