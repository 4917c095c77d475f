namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// A paragraph. <see cref="Original"/> is the text as printed (the evidence a finding quotes);
/// <see cref="Text"/> is the same text with full-width digits, letters and number signs folded to ASCII for
/// analysis. The fold maps one character to one character, so an offset into one is an offset into the other.
/// </summary>
public sealed record Paragraph(int Index, string Text, string Original, StyleHints Style, Location Location)
    : Block(Index, Location)
{
    /// <summary>Where a paragraph that runs over a page break goes on to the next page: the text offset of the first
    /// character on each later page. Null for a paragraph on one page (or a format without pages).</summary>
    public IReadOnlyList<PageStart>? PageStarts { get; init; }

    /// <summary>The page the character at <paramref name="offset"/> stands on.</summary>
    public int? PageAt(int offset)
    {
        var page = Location.Page;
        foreach (var start in PageStarts ?? [])
            if (offset >= start.Offset) page = start.Page;
        return page;
    }
}

/// <summary>A page break inside a paragraph: the text from <see cref="Offset"/> on stands on <see cref="Page"/>.</summary>
public readonly record struct PageStart(int Offset, int Page);
