using System.Net.Http;
using System.Threading.Tasks;
using Corpus.Twilio;
using Xunit;

namespace Tratta.Corpus.Tests.Prism;

public sealed class TwilioMessagingMock() : PrismMock("twilio-messaging-v1.yaml", explicitFormEncodings: true);

/// <summary>
/// Twilio Messaging v1: form-encoded bodies with lists, enums, booleans and numbers; basic authentication; servers on
/// the paths only; a header parameter; query lists; deletes without content.
/// </summary>
public sealed class TwilioMessagingTests(TwilioMessagingMock mock) : IClassFixture<TwilioMessagingMock>
{
    private const string ServiceSid = "MG0123456789abcdef0123456789abcdef";
    private const string PhoneNumberSid = "PN0123456789abcdef0123456789abcdef";

    private readonly TwilioMessagingClient _client = new(mock.CreateHttpClient(), new TwilioMessagingClientOptions { BaseUrl = mock.Address, UserName = "AC0123456789abcdef0123456789abcdef", Password = "token" });

    [Fact]
    public async Task A_service_is_created_from_a_form_with_enums_booleans_and_numbers()
    {
        var service = await _client.V1.Services.CreateAsync(new CreateServiceRequest
        {
            FriendlyName = "Alerts & notices",
            InboundMethod = CreateServiceRequestInboundMethod.Post,
            StickySender = true,
            ValidityPeriod = 600,
            ScanMessageContent = ServiceEnumScanMessageContent.Enable,
        });

        Assert.NotNull(service);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Services_are_listed_by_page_read_updated_and_deleted()
    {
        Assert.NotNull(await _client.V1.Services.ListAsync(pageSize: 20, page: 0));
        Assert.NotNull(await _client.V1.Services.GetAsync(ServiceSid));
        Assert.NotNull(await _client.V1.Services.UpdateServiceAsync(ServiceSid, new UpdateServiceRequest { FriendlyName = "Renamed", UseInboundWebhookOnNumber = false }));
        await _client.V1.Services.DeleteAsync(ServiceSid);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_campaign_is_registered_with_lists_in_the_form_and_a_version_header()
    {
        var campaign = await _client.V1.Services.Compliance.Usa2p.CreateAsync(
            ServiceSid,
            new CreateUsAppToPersonRequest
            {
                BrandRegistrationSid = "BN0123456789abcdef0123456789abcdef",
                Description = "Appointment reminders",
                MessageFlow = "Customers opt in on the web form.",
                MessageSamples = ["Your appointment is tomorrow at 10:00.", "Reply STOP to opt out."],
                UsAppToPersonUsecase = "ACCOUNT_NOTIFICATION",
                HasEmbeddedLinks = false,
                HasEmbeddedPhone = true,
                OptInKeywords = ["START", "YES"],
            },
            xTwilioApiVersion: "v1.0");

        Assert.NotNull(campaign);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_tollfree_verification_is_updated_with_lists_in_the_form()
    {
        var verification = await _client.V1.Tollfree.Verifications.UpdateTollfreeVerificationAsync("HH0123456789abcdef0123456789abcdef", new UpdateTollfreeVerificationRequest
        {
            BusinessName = "Acme",
            OptInImageUrls = ["https://acme.example/opt-in.png", "https://acme.example/opt-in-2.png"],
            OptInKeywords = ["START"],
            OptInType = TollfreeVerificationEnumOptInType.WebForm,
            MessageVolume = "1,000",
        });

        Assert.NotNull(verification);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task Tollfree_verifications_are_filtered_with_a_query_list()
    {
        var page = await _client.V1.Tollfree.Verifications.ListAsync(status: TollfreeVerificationEnumStatus.InReview, includeSubAccounts: true, trustProductSid: ["BU0123456789abcdef0123456789abcdef", "BU123456789abcdef0123456789abcdef0"]);

        Assert.NotNull(page);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task A_phone_number_is_added_to_a_service_and_removed()
    {
        Assert.NotNull(await _client.V1.Services.PhoneNumbers.CreateAsync(ServiceSid, new CreatePhoneNumberRequest { PhoneNumberSid = PhoneNumberSid }));
        Assert.NotNull(await _client.V1.Services.PhoneNumbers.ListAsync(ServiceSid, pageSize: 50));
        await _client.V1.Services.PhoneNumbers.DeleteAsync(ServiceSid, PhoneNumberSid);
        mock.AssertNoViolations();
    }

    [Fact]
    public async Task The_use_cases_are_read()
    {
        Assert.NotNull(await _client.V1.Services.Usecases.FetchUsecaseAsync());
        Assert.NotNull(await _client.V1.Services.Compliance.Usa2p.Usecases.FetchUsAppToPersonUsecaseAsync(ServiceSid, brandRegistrationSid: "BN0123456789abcdef0123456789abcdef"));
        mock.AssertNoViolations();
    }
}
