namespace Tratta.Sandbox.State;

/// <summary>The values of a payment method's <c>type</c> and a charge's <c>payment_method_type</c>.</summary>
internal static class PaymentMethodTypes
{
    public const string Card = "card";
    public const string Ach = "ach";
}
