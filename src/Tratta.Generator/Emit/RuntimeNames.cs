namespace Tratta.Generator.Emit;

/// <summary>The fully qualified names of the Tratta.Runtime types generated code calls: one place, so that a rename is one edit.</summary>
internal static class RuntimeNames
{
    public const string JsonRead = "global::Tratta.Runtime.Json.JsonRead";
    public const string JsonWrite = "global::Tratta.Runtime.Json.JsonWrite";
    public const string JsonProperties = "global::Tratta.Runtime.Json.JsonProperties";
    public const string ValidationRules = "global::Tratta.Runtime.Validation.ValidationRules";
    public const string LaravelMessages = "global::Tratta.Runtime.Validation.LaravelMessages";
    public const string JsonSchemaMessages = "global::Tratta.Runtime.Validation.JsonSchemaMessages";
    public const string ValidationErrors = "global::Tratta.Runtime.ValidationErrors";
    public const string ApiException = "global::Tratta.Runtime.ApiException";
    public const string ApiValidationException = "global::Tratta.Runtime.ApiValidationException";
    public const string Page = "global::Tratta.Runtime.Page";
    public const string ApiClientOptions = "global::Tratta.Runtime.ApiClientOptions";
    public const string ApiCredential = "global::Tratta.Runtime.ApiCredential";
    public const string ApiKeyLocation = "global::Tratta.Runtime.ApiKeyLocation";
    public const string ApiConnection = "global::Tratta.Runtime.Http.ApiConnection";
    public const string ApiOperation = "global::Tratta.Runtime.Http.ApiOperation";
    public const string UriPath = "global::Tratta.Runtime.Http.UriPath";
    public const string HttpClientFactory = "global::Tratta.Runtime.Http.ApiHttpClientFactory";
    public const string ClientRegistration = "global::Tratta.Runtime.DependencyInjection.ApiClientRegistration";
    public const string OptionRules = "global::Tratta.Runtime.OptionRules";
    public const string FileContent = "global::Tratta.Runtime.FileContent";
    public const string FileResponse = "global::Tratta.Runtime.FileResponse";
    public const string ParameterValue = "global::Tratta.Runtime.Requests.ParameterValue";
    public const string ParameterStyle = "global::Tratta.Runtime.Requests.ParameterStyle";
    public const string QueryBuilder = "global::Tratta.Runtime.Requests.QueryBuilder";
    public const string RequestParameters = "global::Tratta.Runtime.Requests.RequestParameters";
    public const string RequestContent = "global::Tratta.Runtime.Requests.RequestContent";
    public const string FormBody = "global::Tratta.Runtime.Requests.FormBody";
    public const string FormEncoding = "global::Tratta.Runtime.Requests.FormEncoding";
    public const string MultipartBody = "global::Tratta.Runtime.Requests.MultipartBody";
}
