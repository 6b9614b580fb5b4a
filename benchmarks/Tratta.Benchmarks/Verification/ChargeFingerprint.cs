using System.Globalization;
using HandWritten = Tratta.Benchmarks.Json.HandWritten;

namespace Tratta.Benchmarks.Verification;

/// <summary>
/// One line of text per immediate charge, the same for every model that read the same JSON: the fields a caller
/// acts on (which charge, whether and when it was paid, how much, with which card and billing address).
/// </summary>
internal static class ChargeFingerprint
{
    public static string Of(Tratta.Client.Charge charge) => charge is Tratta.Client.ImmediateCharge immediate
        ? Line(
            immediate.Id, immediate.ReferenceNumber, immediate.PaymentMethodType?.ToString().ToLowerInvariant(),
            immediate.Card?.CardHolder, immediate.Card?.CardNumber, immediate.Card?.CardType,
            immediate.BillingAddress?.Line1, immediate.BillingAddress?.PostalCode,
            immediate.Amount?.ToString(CultureInfo.InvariantCulture), immediate.TotalAmount?.ToString(CultureInfo.InvariantCulture),
            immediate.PaymentDate?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), immediate.Success, immediate.Fees?.Count)
        : "not an immediate charge: " + charge.GetType().Name;

    public static string Of(HandWritten.Charge charge) => Line(
        charge.Id, charge.ReferenceNumber, charge.PaymentMethodType,
        charge.Card?.CardHolder, charge.Card?.CardNumber, charge.Card?.CardType,
        charge.BillingAddress?.Line1, charge.BillingAddress?.PostalCode,
        charge.Amount?.ToString(CultureInfo.InvariantCulture), charge.TotalAmount,
        charge.PaymentDate, charge.Success, charge.Fees?.Count);

    private static string Line(
        string? id, string? referenceNumber, string? paymentMethodType, string? cardHolder, string? cardNumber, string? cardType,
        string? line1, string? postalCode, string? amount, string? totalAmount, string? paymentDate, bool? success, int? fees) =>
        string.Join('|', id, referenceNumber, paymentMethodType, cardHolder, cardNumber, cardType, line1, postalCode, amount, totalAmount, paymentDate, success, fees);
}
