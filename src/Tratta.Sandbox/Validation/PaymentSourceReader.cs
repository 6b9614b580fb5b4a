using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Validation;

/// <summary>
/// Reads the card and ach objects shared by Create Customer Payment Method and Create Charge. A sent card or bank
/// account must be complete (the spec's reading of "required without"). The full card, routing and account numbers
/// exist only while they are checked here: what comes out is the masked <see cref="CardDetails"/> or
/// <see cref="BankAccountDetails"/>. The card security code is never read at all.
/// </summary>
internal static class PaymentSourceReader
{
    public static CardDetails? ReadCard(InputObject card)
    {
        var errorsBefore = card.Errors.Count;

        var holder = card.ReadString("card_holder", required: true);

        string? number = null;
        if (card.ReadText("card_number", required: true) is { } sent)
        {
            number = CardNumbers.Normalize(sent);
            if (number is null)
            {
                card.Fail("card_number", Messages.CardNumber);
            }
        }

        var month = ReadMonth(card);
        var year = card.ReadDigits("card_expiration_year", 2, required: true);
        var postalCode = card.ReadDigits("card_postal_code", 5);

        if (card.Errors.Count != errorsBefore)
        {
            return null;
        }

        return new CardDetails(holder!, CardNumbers.Last4(number!), CardNumbers.Brand(number!), month!, year!, postalCode);
    }

    public static BankAccountDetails? ReadAch(InputObject ach)
    {
        var errorsBefore = ach.Errors.Count;

        var holder = ach.ReadString("account_holder", required: true);

        var accountType = ach.ReadString("account_type", required: true);
        if (accountType is not (null or "checking" or "savings"))
        {
            ach.Fail("account_type", Messages.Invalid);
        }

        var routingNumber = ach.ReadText("routing_number", required: true);
        if (routingNumber is not null && !RoutingNumbers.IsValid(routingNumber))
        {
            ach.Fail("routing_number", Messages.RoutingNumber);
        }

        var accountNumber = ach.ReadText("account_number", required: true);
        if (accountNumber is { Length: < 4 })
        {
            ach.Fail("account_number", path => Messages.MinCharacters(path, 4));
        }
        else if (accountNumber is { Length: > 17 })
        {
            ach.Fail("account_number", path => Messages.MaxCharacters(path, 17));
        }

        var zip = ach.ReadDigits("account_zip", 5, required: true);
        var state = ach.ReadString("account_state", required: true);

        if (ach.Errors.Count != errorsBefore)
        {
            return null;
        }

        return new BankAccountDetails(holder!, accountType!, routingNumber![^4..], accountNumber![^4..], zip!, state!);
    }

    // "numeric|between:1,12". Returned as the plain number ("1" … "12"): the API returns expiration_month as a string.
    private static string? ReadMonth(InputObject card)
    {
        const string Field = "card_expiration_month";
        if (card.ReadNumber(Field, required: true) is not { } month)
        {
            return null;
        }

        if (month != decimal.Truncate(month))
        {
            card.Fail(Field, Messages.Integer);
            return null;
        }

        if (month is < 1 or > 12)
        {
            card.Fail(Field, path => Messages.Between(path, 1, 12));
            return null;
        }

        return ((int)month).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
