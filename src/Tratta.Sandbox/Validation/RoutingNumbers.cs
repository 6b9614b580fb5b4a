namespace Tratta.Sandbox.Validation;

/// <summary>"valid routing number": 9 digits whose ABA checksum (weights 3, 7, 1 repeated) is a multiple of 10.</summary>
internal static class RoutingNumbers
{
    private static readonly int[] Weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];

    public static bool IsValid(string text)
    {
        if (text.Length != 9 || !InputObject.IsAsciiDigits(text))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (text[i] - '0') * Weights[i];
        }

        // All zeros passes the checksum but is no bank's number.
        return sum % 10 == 0 && sum > 0;
    }
}
