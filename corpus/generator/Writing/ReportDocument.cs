using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Faults;
using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Truth;

namespace PerfEvalIngest.Corpus.Writing;

/// <summary>
/// Writes a report in the dump format of the seeds and, as it goes, records everything the truth file needs:
/// the outline, the facts with their quotes and sections, the tables, the claims, the planted faults and the traps.
/// Recording while writing (rather than parsing the result) keeps the truth independent of any parser.
/// </summary>
sealed class ReportDocument
{
    const string RunOnSeparator = "    ";
    const string BookmarkArtefact = "[bookmark: _GoBack]";

    readonly List<string> _lines = [];
    readonly List<(int Level, string Label)> _open = [];
    List<string>? _runOn;
    string _prefix = "";
    int _scope;

    public List<OutlineEntry> Outline { get; } = [];
    public List<FactEntry> Facts { get; } = [];
    public List<TableEntry> Tables { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<PlantedFault> Faults { get; } = [];
    public List<TrapEntry> Traps { get; } = [];

    /// <summary>The same content as the text, block by block, for the Word version of the report.</summary>
    public List<WordBlock> WordBlocks { get; } = [];
    bool _wordBookmark;

    /// <summary>A section left out on purpose; its quote becomes the heading written in its place.</summary>
    public PlantedFault? PendingOmission { get; set; }

    public string Text => string.Join("\n", _lines) + "\n";

    /// <summary>Some Word files put an empty paragraph after every paragraph; their dumps show a blank line after each.</summary>
    public bool Spaced { get; set; }

    /// <summary>The heading-label path of the current position, e.g. "一、/（二）/1、".</summary>
    public string Section => string.Join("/", _open.Select(o => o.Label));

    /// <summary>Ensures the text so far ends in at least this many blank lines.</summary>
    public void Blank(int count = 1)
    {
        FlushRunOn();
        var trailing = 0;
        for (var i = _lines.Count - 1; i >= 0 && _lines[i].Length == 0; i--) trailing++;
        for (var i = trailing; i < count; i++) _lines.Add("");
    }

    /// <summary>A line written verbatim (title blocks, signatures); not a heading, no facts.</summary>
    public void Raw(string line)
    {
        Emit(line);
        AddWord(new WordParagraph(line.Trim('\t')));
    }

    /// <summary>Word leaves a "[bookmark: _GoBack]" marker where the cursor last was; it lands on the next line.</summary>
    public void Bookmark()
    {
        _prefix = BookmarkArtefact;
        _wordBookmark = true;
    }

    /// <summary>From here on paragraphs run together on one line, each introduced by four spaces.</summary>
    public void BeginRunOn()
    {
        FlushRunOn();
        _runOn = [];
    }

    public void EndRunOn() => FlushRunOn();

    public void Paragraph(Para p)
    {
        Emit(p.Text);
        Record(p);
        AddWord(new WordParagraph(p.Text));
    }

    public void Paragraph(string text) => Paragraph(Para.Of(text));

    /// <summary>
    /// A heading on a line of its own. printedLabel is what the page shows when it differs from the label
    /// (lost automatic numbering "3、 "); suffix is trailing punctuation that is not part of the title.
    /// </summary>
    public void Heading(int level, string label, string title, string? printedLabel = null, string suffix = "", PlantedFault? fault = null)
    {
        var text = (printedLabel ?? label) + title + suffix;
        Open(level, label, title, text, fault);
        Emit(text);
        AddWord(new WordHeading(level, label, title + suffix, text, Outline[^1].DocxLabel ?? label));
    }

    /// <summary>A run-in heading: "1.着力提升服务能力。一是…" — the title is the short first sentence.</summary>
    public void RunIn(int level, string label, string title, Para body, string stop = "。")
    {
        var p = new Para().T(label + title + stop).Append(body);
        Open(level, label, title, label + title + stop, null);
        Emit(p.Text);
        Record(p);
        AddWord(new WordHeading(level, label, p.Text[label.Length..], p.Text, label) { RunIn = true });
    }

    /// <summary>"附件：1.自评表" — one outline entry labelled 附件 whose title drops the attachment's own number.</summary>
    public void Attachment(string printed, string title)
    {
        Open(1, "附件", title, printed, null);
        Emit(printed);
        AddWord(new WordHeading(1, "附件", title, printed, "附件") { Attachment = true });
    }

    public void Table(string caption, DumpTable table)
    {
        FlushRunOn();
        var section = "table:" + caption;
        foreach (var row in table.Rows)
        {
            _scope++;
            foreach (var cell in row.Cells)
            {
                if (cell.Number is not { } number) continue;
                if (cell.Concept is { } concept)
                    Facts.Add(new FactEntry(concept, number.Text, cell.FactUnit, section, cell.Text!)
                    { Row = row.Label, Column = cell.Column, Scope = _scope, Aspect = cell.Aspect });
                Adopt(number, cell.Text!, section);
            }
        }
        foreach (var claim in table.Claims)
        {
            claim.Section = section;
            Claims.Add(claim);
        }
        _lines.AddRange(table.Render());
        Tables.Add(new TableEntry(caption, table.Rows.Count, table.ColumnCount));
        AddWord(new WordTable(caption, table));
    }

    public void Trap(string type, string quote) => Traps.Add(new TrapEntry(type, quote));

    void Open(int level, string label, string title, string text, PlantedFault? fault)
    {
        while (_open.Count > 0 && _open[^1].Level >= level) _open.RemoveAt(_open.Count - 1);
        if (fault is not null)
        {
            fault.Quote = text.Trim();
            fault.Section = Section;
            Faults.Add(fault);
        }
        if (PendingOmission is { } omitted)
        {
            omitted.Quote = text.Trim();
            omitted.Section = Section;
            Faults.Add(omitted);
            PendingOmission = null;
        }
        _open.Add((level, label));
        Outline.Add(new OutlineEntry(level, label, title) { DocxLabel = LostAutonumber(level, label) });
    }

    /// <summary>A level-1 label in Arabic digits is Word numbering the dump lost; in Word it is "三、" again.</summary>
    static string? LostAutonumber(int level, string label) =>
        level == 1 && label.Length > 1 && char.IsAsciiDigit(label[0]) && label.EndsWith('、')
            ? ChineseNumerals.Of(int.Parse(label[..^1])) + "、"
            : null;

    void AddWord(WordBlock block)
    {
        WordBlocks.Add(_wordBookmark ? block with { Bookmark = true } : block);
        _wordBookmark = false;
    }

    void Record(Para p)
    {
        _scope++;
        var text = p.Text;
        foreach (var m in p.Numbers)
        {
            var quote = Quotes.Clause(text, m.Start, m.End, acrossLists: m.Number.Claim is Claims.CountClaim);
            if (m.Concept is { } concept)
                Facts.Add(new FactEntry(concept, m.Number.Text, m.Number.Unit, Section, quote) { Scope = _scope, Aspect = m.Aspect });
            Adopt(m.Number, quote, Section);
        }
        foreach (var s in p.Sums)
        {
            var marks = s.Parts.Prepend(s.Total).Select(n => p.Numbers.First(m => ReferenceEquals(m.Number, n))).ToList();
            var start = Quotes.ClauseStart(text, marks.Min(m => m.Start));
            var end = marks.Max(m => m.End);
            // Parts listed in brackets: close the bracket so the quote reads as a whole.
            if (end < text.Length && text[end] == '）' && text[start..end].Count(c => c == '（') > text[start..end].Count(c => c == '）')) end++;
            var claim = new SumClaim(s.Total, s.Parts, s.Complete) { Quote = text[start..end], Section = Section };
            Claims.Add(claim);
        }
        foreach (var t in p.Traps) Traps.Add(new TrapEntry(t.Type, t.Text));
    }

    /// <summary>Claims and faults riding on a printed number take the number's quote and section.</summary>
    void Adopt(Printed number, string quote, string section)
    {
        if (number.Claim is { } claim && !Claims.Contains(claim))
        {
            claim.Quote = quote;
            claim.Section = section;
            Claims.Add(claim);
        }
        if (number.Fault is { } fault && !Faults.Contains(fault))
        {
            fault.Quote = quote;
            fault.Section = section;
            Faults.Add(fault);
        }
    }

    void Emit(string text)
    {
        if (_runOn is not null)
        {
            _runOn.Add(text);
            return;
        }
        _lines.Add(_prefix + text);
        _prefix = "";
        if (Spaced) _lines.Add("");
    }

    void FlushRunOn()
    {
        if (_runOn is null) return;
        var parts = _runOn;
        _runOn = null;
        if (parts.Count == 0) return;
        _lines.Add(_prefix + string.Concat(parts.Select(p => RunOnSeparator + p)));
        _prefix = "";
        if (Spaced) _lines.Add("");
    }
}
