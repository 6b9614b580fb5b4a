namespace Tratta.Sandbox.Validation;

/// <summary>
/// "email": one @ between a local part and a domain that has a dot inside it, no white space. Deliberately plain:
/// the sandbox must accept what a real address looks like and refuse what obviously is not one.
/// </summary>
internal static class EmailAddresses
{
    public static bool IsValid(string text)
    {
        if (text.Length > 254)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.IndexOf('.');
        return dot > 0 && !domain.EndsWith('.') && !domain.Contains("..");
    }
}
