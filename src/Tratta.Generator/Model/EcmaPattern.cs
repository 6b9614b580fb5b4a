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
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                result.Append(next switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'w' => inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]",
                    'D' when !inClass => "[^0-9]",
                    'W' when !inClass => "[^a-zA-Z0-9_]",
                    _ => "\\" + next,
                });
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
                continue;
            }

            inClass = c == '[';
            result.Append(c == '$' ? "\\z" : c.ToString());
        }

        return result.ToString();
    }
}
