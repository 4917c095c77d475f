using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.Ingest.Word;
using System.Text;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>A report typed into Word must say the same as the same report as text: every corpus report, and the
/// seeds where they are present.</summary>
public sealed class DocxTextParityTests
{
    public static TheoryData<string> CorpusReports => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "reports"), "*.txt")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> Seeds => new(["000_3c5d018504183b2f.txt", "001_51313b31403ae784.txt", "002_98fcc12b36c2cf12.txt"]);

    [Theory]
    [MemberData(nameof(CorpusReports))]
    public void A_corpus_report_typed_into_word_gives_the_same_outline_and_facts(string name) =>
        AssertParity(Path.Combine(RepositoryPaths.Corpus, "reports", name));

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public void A_seed_typed_into_word_gives_the_same_outline_and_facts(string name) =>
        AssertParity(Path.Combine(RepositoryPaths.Seeds, name));

    private static void AssertParity(string path)
    {
        var text = TextReportReader.Instance.Read(SourceFile.FromBytes(path, File.ReadAllBytes(path)));
        Assert.Null(text.Error);

        var docx = DocxReportReader.Instance.Read(SourceFile.FromBytes(Path.ChangeExtension(path, ".docx"), TypeIntoWord(text).Build()));
        Assert.Null(docx.Error);
        Assert.Equal(text.Paragraphs.Select(p => p.Original), docx.Paragraphs.Select(p => p.Original));
        Assert.Equal(text.Tables.Count(), docx.Tables.Count());

        var fromText = TestPipeline.Instance.Run(text, "report", new ReportOptions());
        var fromDocx = TestPipeline.Instance.Run(docx, "report", new ReportOptions());
        Assert.NotEmpty(fromText.Structure!.Outline);
        Assert.Equal(fromText.Structure.Outline.Select(h => (h.Level, h.Label, h.Title, h.Path)),
            fromDocx.Structure!.Outline.Select(h => (h.Level, h.Label, h.Title, h.Path)));
        Assert.NotEmpty(fromText.Facts!.Facts);
        Assert.Equal(fromText.Facts.Facts.Select(f => (f.Concept, f.Value, f.Unit, f.Text, f.Location)),
            fromDocx.Facts!.Facts.Select(f => (f.Concept, f.Value, f.Unit, f.Text, f.Location)));
        Assert.Equal(fromText.Findings.Select(f => (f.Rule, f.Expected, f.Actual, f.Location)),
            fromDocx.Findings.Select(f => (f.Rule, f.Expected, f.Actual, f.Location)));
    }

    /// <summary>One Word paragraph per paragraph, one Word table per table with gridSpan and vMerge for spans.</summary>
    private static DocxPackage TypeIntoWord(Document text)
    {
        var package = new DocxPackage();
        foreach (var block in text.Blocks)
        {
            if (block is Paragraph p)
            {
                package.Paragraph(p.Original);
                continue;
            }
            var t = (Table)block;
            var xml = new StringBuilder("<w:tbl>");
            for (int r = 0; r < t.RowCount; r++)
            {
                xml.Append("<w:tr>");
                for (int c = 0; c < t.ColumnCount;)
                {
                    var cell = t.CellAt(r, c)!;
                    var props = new StringBuilder();
                    if (cell.ColSpan > 1) props.Append($"<w:gridSpan w:val=\"{cell.ColSpan}\"/>");
                    if (cell.RowSpan > 1) props.Append(cell.Row == r ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                    var content = cell.Row == r
                        ? string.Concat(cell.Text.Split('\n').Select(line => $"<w:p>{DocxPackage.Run(line)}</w:p>"))
                        : "<w:p/>";
                    xml.Append($"<w:tc>{(props.Length > 0 ? $"<w:tcPr>{props}</w:tcPr>" : "")}{content}</w:tc>");
                    c = cell.Col + cell.ColSpan;
                }
                xml.Append("</w:tr>");
            }
            package.Raw(xml.Append("</w:tbl>").ToString());
        }
        return package;
    }
}
