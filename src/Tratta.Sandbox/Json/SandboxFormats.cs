using System;
using System.Globalization;

namespace Tratta.Sandbox.Json;

/// <summary>The text forms the API uses for dates, times and amounts (see the decisions in spec/tratta.yaml).</summary>
internal static class SandboxFormats
{
    /// <summary>dob, scheduled_at: 2023-03-01.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>payment_date: 02/28/2023.</summary>
    public static string PaymentDate(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    /// <summary>created_at, updated_at: 2023-02-28 13:21:16 (no time zone, like the docs).</summary>
    public static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount without trailing zeros: 1000 for 1000.00, 100.5 for 100.50 — total_amount is "1000" in the docs'
    /// example for an amount of 1000.
    /// </summary>
    public static string Decimal(decimal amount) =>
        amount.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The same amount as a decimal with its trailing zeros dropped, for writing as a JSON number.</summary>
    public static decimal Normalize(decimal amount) =>
        decimal.Parse(Decimal(amount), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
