using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// The structure stage: Document → StructuredDocument. Detects headings, builds the outline with section paths,
/// categorises top-level sections, reads metadata and names tables.
/// </summary>
internal sealed class StructureAnalyzer
{
    private readonly HeadingDetector _detector;
    private readonly SectionCategorizer _categorizer;
    private readonly DocumentKinds _kinds;
    private readonly Learning.DocumentClassifiers? _models;
    private readonly DocumentScopes _scopes = DocumentScopes.Load();

    public StructureAnalyzer(HeadingDetector detector, SectionCategorizer categorizer, DocumentKinds kinds,
        Learning.DocumentClassifiers? models = null)
    {
        _detector = detector;
        _categorizer = categorizer;
        _kinds = kinds;
        _models = models;
    }

    /// <summary>The rules only (<paramref name="models"/> null), or the rules with the learned classifiers.</summary>
    public static StructureAnalyzer Load(Learning.DocumentClassifiers? models = null) =>
        new(new HeadingDetector(HeadingRules.Load()), SectionCategorizer.Load(), DocumentKinds.Load(), models);

    public SectionCategorizer Categorizer => _categorizer;

    public DocumentKinds Kinds => _kinds;

    public StructuredDocument Analyze(Document document)
    {
        var blocks = document.Blocks;
        var contents = TableOfContents.Find(blocks, _detector.Rules);
        var (detected, attachments) = _detector.Detect(blocks, contents);
        var outline = BuildOutline(WithoutGlossaryEntries(detected));

        var sectionOfBlock = new string?[blocks.Count];
        int next = 0;
        string? current = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            while (next < outline.Count && outline[next].BlockIndex <= i) current = outline[next++].Path;
            sectionOfBlock[i] = current;
        }
        var withSections = outline.Select(h => h with { Location = h.Location.WithSection(h.Path) }).ToList();

        // The title block is what comes before the first heading or table, the 目录 left out.
        int firstTable = document.Tables.Select(t => t.Index).DefaultIfEmpty(blocks.Count).First();
        int bodyStart = Math.Min(outline.Count > 0 ? outline[0].BlockIndex : blocks.Count, firstTable);
        var metadata = MetadataExtractor.Extract(blocks, bodyStart, attachments, _detector.Rules, contents,
            Path.GetFileName(document.Source.Path));
        var headingOf = withSections.ToDictionary(h => h.BlockIndex);
        var captions = document.Tables.ToDictionary(t => t.Id, t => CaptionOf(t, headingOf));
        var titleBlock = string.Join("｜", blocks.Take(bodyStart).OfType<Paragraph>().Where(p => !contents.Contains(p.Index)).Select(p => p.Text));
        var fileName = Path.GetFileName(document.Source.Path);
        var headingsAndCaptions = outline.Select(h => h.Title).Concat(captions.Values.OfType<string>()).ToList();
        var (kind, evidence) = _kinds.Classify(metadata.Title, titleBlock, fileName, headingsAndCaptions);
        if (_models != null)
        {
            (kind, evidence) = _models.Kind(kind, evidence, () => _models.Features.Kind(metadata.Title, titleBlock, fileName, headingsAndCaptions));
            withSections = Recategorized(withSections, blocks, kind, _models);
            headingOf = withSections.ToDictionary(h => h.BlockIndex);
        }
        metadata = metadata with { DocumentKind = kind, KindEvidence = evidence, Scope = _scopes.Of(kind, metadata.Title, fileName) };
        return new StructuredDocument(document, metadata, withSections, sectionOfBlock, headingOf, captions)
        {
            TableOfContents = contents,
            TitleBlock = titleBlock,
        };
    }

    /// <summary>The numbered entries of a 名词解释 section are definitions, not headings: they stay out of the outline
    /// (and of the numbering check) until a heading of the glossary's level or above, or an attachment line.</summary>
    private List<HeadingCandidate> WithoutGlossaryEntries(List<HeadingCandidate> detected)
    {
        var kept = new List<HeadingCandidate>(detected.Count);
        int? glossaryLevel = null;
        foreach (var c in detected)
        {
            if (glossaryLevel is int g && c.Level > g && c.Style != NumberingStyle.Attachment) continue;
            glossaryLevel = _detector.Rules.GlossaryTitles.Any(t => c.Title.Contains(t, StringComparison.Ordinal)) ? c.Level : null;
            kept.Add(c);
        }
        return kept;
    }

    /// <summary>The top-level headings' categories as the rules and the section model decide them together; deeper
    /// headings keep none, as the rules leave them.</summary>
    private List<Heading> Recategorized(List<Heading> outline, IReadOnlyList<Block> blocks, string kind, Learning.DocumentClassifiers models)
    {
        var top = Enumerable.Range(0, outline.Count).Where(i => outline[i].Level <= 1).ToList();
        IReadOnlyList<Learning.TextSample> Samples() => top.Select(i =>
        {
            var (part, body) = ClassifierInputs.SectionContext(blocks, outline, i);
            return models.Features.Section(kind, outline[i].Title, part, body);
        }).ToList();
        var categories = models.Sections(kind, top.Select(i => RuleCategory(outline[i])).ToList(), Samples);
        var result = outline.ToList();
        for (int k = 0; k < top.Count; k++) result[top[k]] = result[top[k]] with { Category = categories[k] };
        return result;
    }

    /// <summary>The keyword rule's category of a heading, null where no keyword fired (attachment lines read with
    /// their 附件).</summary>
    public string? RuleCategory(Heading heading) =>
        _categorizer.Match(CategoryText(heading.Style, heading.Title));

    /// <summary>The text a heading is categorised by: an attachment line with its 附件.</summary>
    private static string CategoryText(NumberingStyle style, string title) => style == NumberingStyle.Attachment ? "附件" + title : title;

    private List<Heading> BuildOutline(List<HeadingCandidate> detected)
    {
        var outline = new List<Heading>(detected.Count);
        var stack = new List<Heading>();
        string? topCategory = null;
        foreach (var c in detected)
        {
            while (stack.Count > 0 && stack[^1].Level >= c.Level) stack.RemoveAt(stack.Count - 1);
            var parent = stack.Count > 0 ? stack[^1] : null;
            var label = c.LabelText;
            var segment = label.Length > 0 ? label : c.Title;
            var path = parent == null ? segment : parent.Path + "/" + segment;

            if (c.Level <= 1) topCategory = _categorizer.Categorize(CategoryText(c.Style, c.Title));
            var heading = new Heading(c.BlockIndex, c.Level, label, c.Title, c.Style, c.Ordinal, path,
                parent?.BlockIndex, c.Level <= 1 ? topCategory : null, c.Paragraph.Location);
            outline.Add(heading);
            stack.Add(heading);
        }
        return outline;
    }

    private static string? CaptionOf(Table table, IReadOnlyDictionary<int, Heading> headingOf)
    {
        if (headingOf.TryGetValue(table.Index - 1, out var heading)) return heading.Title;
        if (table.Caption == null) return null;
        var label = NumberingLabel.Parse(table.Caption);
        return label == null ? table.Caption : label.Rest(table.Caption);
    }
}
