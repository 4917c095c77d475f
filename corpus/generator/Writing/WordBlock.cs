namespace PerfEvalIngest.Corpus.Writing;

/// <summary>
/// A block of the report as Word holds it. The text dump loses what Word knew (automatic numbering, merged
/// cells, paragraph boundaries inside a run-on line), so the document records it beside the text.
/// </summary>
/// <param name="Bookmark">Word's "_GoBack" bookmark sits here (the dump shows "[bookmark: _GoBack]").</param>
abstract record WordBlock(bool Bookmark = false);

sealed record WordParagraph(string Text) : WordBlock;

/// <summary>
/// A heading. Printed is the whole paragraph as the text shows it (label typed); Body is what follows the label
/// when Word numbers it automatically; WordLabel is what that numbering shows.
/// </summary>
sealed record WordHeading(int Level, string Label, string Body, string Printed, string WordLabel) : WordBlock
{
    /// <summary>A run-in heading: the paragraph goes on with body text after the heading's first sentence.</summary>
    public bool RunIn { get; init; }
    /// <summary>"附件：1.自评表": typed, never numbered.</summary>
    public bool Attachment { get; init; }
}

sealed record WordTable(string Caption, DumpTable Table) : WordBlock;
