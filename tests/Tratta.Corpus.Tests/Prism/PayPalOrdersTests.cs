using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Corpus.PayPal;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class PayPalOrdersMock() : PrismMock("paypal-orders-v2.json");

/// <summary>
/// All 8 operations of PayPal Orders v2: OAuth 2, idempotency and preference headers, a JSON Patch list from
/// components/requestBodies, 200-or-201 responses of one type, deep allOf records with typed errors.
/// </summary>
public sealed class PayPalOrdersTests(PayPalOrdersMock mock) : IClassFixture<PayPalOrdersMock>
{
    private const string OrderId = "5O190127TN364715T";

    private readonly PayPalOrdersClient _client = new(mock.CreateHttpClient(), new PayPalOrdersClientOptions { BaseUrl = mock.Address, AccessToken = "A21AAF" });

    [Fact]
    public async Task An_order_is_created_with_an_idempotency_key()
    {
        var order = await _client.V2.Checkout.Orders.OrdersCreateAsync(
            new OrderRequest
            {
                Intent = CheckoutPaymentIntent.Capture,
                PurchaseUnits = [new PurchaseUnitRequest { Amount = new AmountWithBreakdown { CurrencyCode = "USD", Value = "100.00" } }],
            },
            payPalRequestId: "7b92603e-77ed-4896-8e78-5dea2050476a",
            prefer: "return=representation");

        Assert.NotNull(order);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_order_is_read_with_a_field_filter()
    {
        Assert.NotNull(await _client.V2.Checkout.Orders.OrdersGetAsync(OrderId, fields: "payment_source"));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_order_is_patched_with_a_json_patch_list()
    {
        using var value = JsonDocument.Parse("""{"currency_code":"USD","value":"120.00"}""");

        await _client.V2.Checkout.Orders.OrdersPatchAsync(OrderId, [new Patch { Op = PatchOp.Replace, Path = "/purchase_units/@reference_id=='default'/amount", Value = value.RootElement.Clone() }]);

        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_payment_source_is_confirmed()
    {
        var order = await _client.V2.Checkout.Orders.ConfirmPaymentSource.OrdersConfirmAsync(OrderId, new ConfirmOrderRequest { PaymentSource = new PaymentSource { Paypal = new PaypalWallet() } });

        Assert.NotNull(order);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task An_order_is_authorized_and_captured()
    {
        Assert.NotNull(await _client.V2.Checkout.Orders.Authorize.OrdersAuthorizeAsync(OrderId, new OrderAuthorizeRequest(), payPalRequestId: "a1"));
        Assert.NotNull(await _client.V2.Checkout.Orders.Capture.OrdersCaptureAsync(OrderId, new OrderCaptureRequest(), payPalRequestId: "c1"));
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_shipment_is_tracked_and_its_tracker_patched()
    {
        var order = await _client.V2.Checkout.Orders.Track.OrdersTrackCreateAsync(OrderId, new OrderTrackerRequest { TransactionId = "8MC585209K746392H", Status = ShipmentTrackingStatus.Shipped, CaptureId = "8MC585209K746392H" });

        Assert.NotNull(order);
        await _client.V2.Checkout.Orders.Trackers.OrdersTrackersPatchAsync(OrderId, "8MC585209K746392H", [new Patch { Op = PatchOp.Replace, Path = "/status", Value = JsonDocument.Parse("\"CANCELLED\"").RootElement }]);
        mock.AssertNoViolations();
    }
}
