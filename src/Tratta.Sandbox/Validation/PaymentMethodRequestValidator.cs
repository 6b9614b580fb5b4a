namespace Tratta.Sandbox.Validation;

/// <summary>
/// The rules of Create Customer Payment Method: card "required without ach", ach "required without card", and — as
/// "You can create either a card or ACH payment method" says — not both.
/// </summary>
internal static class PaymentMethodRequestValidator
{
    public static PaymentSource? Validate(InputObject body)
    {
        var hasCard = body.IsPresent("card");
        var hasAch = body.IsPresent("ach");

        if (!hasCard && !hasAch)
        {
            body.Fail("card", path => Messages.RequiredWithout(path, "ach"));
            body.Fail("ach", path => Messages.RequiredWithout(path, "card"));
            return null;
        }

        if (hasCard && hasAch)
        {
            body.Fail("card", path => Messages.Prohibits(path, "ach"));
            return null;
        }

        if (hasCard)
        {
            var card = body.ReadObject("card") is { } sent ? PaymentSourceReader.ReadCard(sent) : null;
            return card is null ? null : new PaymentSource(card, null);
        }

        var ach = body.ReadObject("ach") is { } sentAch ? PaymentSourceReader.ReadAch(sentAch) : null;
        return ach is null ? null : new PaymentSource(null, ach);
    }
}
