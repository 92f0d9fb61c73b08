using System.Net;
using System.Text.RegularExpressions;

namespace Lotse.IntegrationTests.Fixtures;

/// <summary>Just enough HTML handling for form posts: the antiforgery token and readable text.</summary>
public static partial class Html
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("The page has no antiforgery token:\n" + Text(html));
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The visible text of a page: tags removed, entities decoded (Razor encodes umlauts as &amp;#xFC;).</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>GETs <paramref name="formUrl"/> (default: <paramref name="url"/>), takes its antiforgery token, POSTs the fields to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields, string? formUrl = null)
    {
        using var form = await client.GetAsync(formUrl ?? url);
        var html = await form.Content.ReadAsStringAsync();
        if (form.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {formUrl ?? url}: {(int)form.StatusCode} {form.Headers.Location}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => Text(await response.Content.ReadAsStringAsync());
}
