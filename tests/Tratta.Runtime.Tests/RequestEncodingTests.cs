using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using Tratta.Runtime.Requests;
using Xunit;

namespace Tratta.Runtime.Tests;

/// <summary>The runtime's encoders of parameters and form bodies, byte for byte, in the cases generated code rarely hits.</summary>
public sealed class RequestEncodingTests
{
    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    [Theory]
    [InlineData("""{"a":"x y","b":1.50,"c":true,"d":null}""", "a=x%20y&b=1.50&c=true&d=")]
    [InlineData("""{"card":{"number":"4242","exp":{"month":1}}}""", "card%5Bnumber%5D=4242&card%5Bexp%5D%5Bmonth%5D=1")]
    [InlineData("""{"items":[{"price":"1"},{"price":"2","tags":["a"]}]}""", "items%5B0%5D%5Bprice%5D=1&items%5B1%5D%5Bprice%5D=2&items%5B1%5D%5Btags%5D%5B%5D=a")]
    [InlineData("""{"tags":["a","b"]}""", "tags=a&tags=b")]
    [InlineData("""{"nested":[[1,2],[3]]}""", "nested%5B0%5D%5B%5D=1&nested%5B0%5D%5B%5D=2&nested%5B1%5D%5B%5D=3")]
    [InlineData("""{"empty":[],"none":{}}""", "")]
    [InlineData("""{"ünï":"€/&="}""", "%C3%BCn%C3%AF=%E2%82%AC%2F%26%3D")]
    public void A_form_body_without_encodings_repeats_list_keys_and_brackets_nested_values(string json, string expected)
    {
        Assert.Equal(expected, FormBody.Encode(Json(json)));
    }

    [Fact]
    public void A_form_body_follows_each_property_encoding()
    {
        var encodings = new Dictionary<string, FormEncoding>
        {
            ["csv"] = new(Explode: false),
            ["spaced"] = new(ParameterStyle.SpaceDelimited, Explode: false),
            ["piped"] = new(ParameterStyle.PipeDelimited, Explode: false),
            ["deep"] = new(ParameterStyle.DeepObject),
            ["flat"] = new(ParameterStyle.Form),
            ["pairs"] = new(ParameterStyle.Form, Explode: false),
            ["json"] = new(ContentType: "application/json"),
        };

        var text = FormBody.Encode(Json("""{"csv":["a","b"],"spaced":["a","b"],"piped":["a","b"],"deep":["x"],"flat":{"k":"v","n":1},"pairs":{"k":"v"},"json":{"a":[1]}}"""), encodings);

        Assert.Equal("csv=a%2Cb&spaced=a%20b&piped=a%7Cb&deep%5B%5D=x&k=v&n=1&pairs=k%2Cv&json=%7B%22a%22%3A%5B1%5D%7D", text);
    }

    [Fact]
    public void A_form_body_must_be_an_object()
    {
        Assert.Throws<ArgumentException>(() => FormBody.Encode(Json("[1,2]")));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_form_body_is_sent_as_ascii_with_its_media_type()
    {
        using var content = FormBody.Create(Json("""{"a":"é"}"""));

        Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.ToString());
        Assert.Equal("a=%C3%A9", await content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "color=blue&color=black")]
    [InlineData(ParameterStyle.Form, false, "color=blue,black")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "color=blue%20black")]
    [InlineData(ParameterStyle.PipeDelimited, false, "color=blue%7Cblack")]
    [InlineData(ParameterStyle.DeepObject, true, "color%5B%5D=blue&color%5B%5D=black")]
    public void A_query_list_follows_its_style(ParameterStyle style, bool explode, string expected)
    {
        Assert.Equal(expected, new QueryBuilder().Add("color", ParameterValue.List(["blue", "black"]), style, explode).ToString());
    }

    [Theory]
    [InlineData(ParameterStyle.Form, true, "R=100&G=200")]
    [InlineData(ParameterStyle.Form, false, "color=R,100,G,200")]
    [InlineData(ParameterStyle.DeepObject, true, "color%5BR%5D=100&color%5BG%5D=200")]
    public void A_query_object_follows_its_style(ParameterStyle style, bool explode, string expected)
    {
        Assert.Equal(expected, new QueryBuilder().Add("color", ParameterValue.FromJson(Json("""{"R":100,"G":200}""")), style, explode).ToString());
    }

    [Fact]
    public void A_query_keeps_the_fixed_parameters_of_the_path_key_and_escapes_values_unless_reserved_are_allowed()
    {
        var query = new QueryBuilder("beta=true").Add("q", ParameterValue.Of("a&b=c")).Add("next", ParameterValue.Of("/p?x=1"), allowReserved: true);

        Assert.Equal("items?beta=true&q=a%26b%3Dc&next=/p?x=1", query.AppendTo("items"));
        Assert.Equal("items", new QueryBuilder().AppendTo("items"));
    }

    [Theory]
    [InlineData(ParameterStyle.Simple, false, "blue,black")]
    [InlineData(ParameterStyle.Simple, true, "blue,black")]
    [InlineData(ParameterStyle.Label, false, ".blue,black")]
    [InlineData(ParameterStyle.Label, true, ".blue.black")]
    [InlineData(ParameterStyle.Matrix, false, ";color=blue,black")]
    [InlineData(ParameterStyle.Matrix, true, ";color=blue;color=black")]
    public void A_path_list_follows_its_style(ParameterStyle style, bool explode, string expected)
    {
        Assert.Equal(expected, RequestParameters.Path("color", ParameterValue.List(["blue", "black"]), "color", style, explode));
    }

    [Theory]
    [InlineData(ParameterStyle.Simple, false, "R,100,G,200")]
    [InlineData(ParameterStyle.Simple, true, "R=100,G=200")]
    [InlineData(ParameterStyle.Label, false, ".R,100,G,200")]
    [InlineData(ParameterStyle.Label, true, ".R=100.G=200")]
    [InlineData(ParameterStyle.Matrix, false, ";color=R,100,G,200")]
    [InlineData(ParameterStyle.Matrix, true, ";R=100;G=200")]
    public void A_path_object_follows_its_style(ParameterStyle style, bool explode, string expected)
    {
        Assert.Equal(expected, RequestParameters.Path("color", ParameterValue.FromJson(Json("""{"R":100,"G":200}""")), "color", style, explode));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void A_simple_path_value_that_would_address_another_resource_is_refused(string value)
    {
        Assert.Throws<ArgumentException>(() => RequestParameters.Path("id", ParameterValue.Of(value), "id"));
    }

    [Fact]
    public void Path_values_are_escaped_so_that_they_stay_in_their_segment()
    {
        Assert.Equal("a%2Fb%3Fc%23d", RequestParameters.Path("id", ParameterValue.Of("a/b?c#d"), "id"));
        Assert.Equal(".a%2Cb.c", RequestParameters.Path("id", ParameterValue.List(["a,b", "c"]), "id", ParameterStyle.Label, explode: true));
    }

    [Fact]
    public void A_content_header_goes_with_the_body_and_without_a_body_it_cannot_be_sent()
    {
        using var withBody = new HttpRequestMessage(HttpMethod.Put, "http://x/") { Content = new ByteArrayContent([1]) };
        using var withoutBody = new HttpRequestMessage(HttpMethod.Get, "http://x/");

        RequestParameters.Header(withBody, "Content-Range", ParameterValue.Of("bytes 0-0/1"));

        Assert.Equal("bytes 0-0/1", withBody.Content!.Headers.ContentRange!.ToString());
        Assert.Throws<InvalidOperationException>(() => RequestParameters.Header(withoutBody, "Content-MD5", ParameterValue.Of("x")));
    }

    [Fact]
    public void Cookies_are_one_header_of_escaped_pairs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://x/");

        RequestParameters.Cookie(request, "session", ParameterValue.Of("a b;c"));
        RequestParameters.Cookie(request, "ids", ParameterValue.List(["1", "2"]), explode: false);
        RequestParameters.Cookie(request, "prefs", ParameterValue.FromJson(Json("""{"theme":"dark"}""")), explode: true);

        Assert.Equal("session=a%20b%3Bc; ids=1,2; theme=dark", string.Join("; ", request.Headers.GetValues("Cookie")));
    }
}
