using System.Text;

namespace Tratta.Generator.Model;

/// <summary>
/// A JSON Schema <c>pattern</c> is an ECMA-262 regular expression; .NET reads a few of its tokens differently. The
/// generated validators compile the rewritten form, so that a rule means in C# what it means in the spec:
/// <c>\d</c> and <c>\w</c> are ASCII only (.NET's also match Arabic-Indic digits and other scripts), and <c>$</c>
/// is the very end of the text (.NET's also matches before a final line break, so <c>^[A-Z]{2}$</c> would accept
/// <c>"NY\n"</c>).
/// </summary>
internal static class EcmaPattern
{
    public static string ToDotNet(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        var hyphenAt = -1;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                var expansion = Expand(next, inClass);
                if (expansion is not null && inClass)
                {
                    // A class escape next to '-' is no range in ECMA-262 ("[\w-.]" is word characters, '-' and '.'):
                    // the expanded ranges must not turn that '-' into one.
                    if (hyphenAt == result.Length - 1)
                    {
                        result.Insert(hyphenAt, '\\');
                    }

                    result.Append(expansion);
                    if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
                    {
                        result.Append("\\-");
                        i++;
                    }
                }
                else
                {
                    result.Append(expansion ?? "\\" + next);
                }

                hyphenAt = -1;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                hyphenAt = c == '-' ? result.Length : -1;
                result.Append(c);
                continue;
            }

            inClass = c == '[';
            result.Append(c == '$' ? "\\z" : c.ToString());
        }

        return result.ToString();
    }

    private static string? Expand(char escape, bool inClass) => escape switch
    {
        'd' => inClass ? "0-9" : "[0-9]",
        'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
        'D' when !inClass => "[^0-9]",
        'W' when !inClass => "[^a-zA-Z0-9_]",
        _ => null,
    };
}
