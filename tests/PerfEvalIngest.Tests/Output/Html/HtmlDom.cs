using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>Pages parsed as a browser parses them, with every parse error the HTML5 parser reports kept, so a test can
/// ask for none; and the check that a page needs nothing from outside itself.</summary>
internal static class HtmlDom
{
    /// <summary>Parses, and unless <paramref name="lenient"/> (a browser's own serialisation) fails on any parse error.</summary>
    public static IDocument Parse(string html, bool lenient = false)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        var document = parser.ParseDocument(html);
        Assert.True(lenient || errors.Count == 0, "parse errors: " + string.Join("; ", errors));
        return document;
    }

    /// <summary>No src at all (nothing to load: no image, script file, frame), no stylesheet link, and every href
    /// a relative link to a checklist page or an in-page anchor.</summary>
    public static void AssertSelfContained(IDocument document, Func<string, bool>? allowedHref = null)
    {
        foreach (var e in document.QuerySelectorAll("[src]"))
            Assert.Fail($"<{e.LocalName} src=\"{e.GetAttribute("src")}\"> loads something from outside the page");
        Assert.Empty(document.QuerySelectorAll("link"));
        foreach (var e in document.QuerySelectorAll("[href]"))
        {
            var href = e.GetAttribute("href")!;
            Assert.False(href.Contains("://", StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal),
                $"external link {href}");
            Assert.True(href.StartsWith('#') || (allowedHref?.Invoke(href) ?? false), $"unexpected link {href}");
        }
        Assert.DoesNotContain("url(", document.QuerySelector("style")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("@import", document.QuerySelector("style")?.TextContent ?? "", StringComparison.Ordinal);
    }

    public static void AssertHtml5Chinese(IDocument document, string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.NotNull(document.Doctype);
        Assert.Equal("html", document.Doctype!.Name);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Single(document.QuerySelectorAll("style"));
    }
}
