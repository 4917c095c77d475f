using PerfEvalIngest.Checks;
using PerfEvalIngest.Evaluation.Truth;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Evaluation;

/// <summary>How a report is scored against hand-written truth: which findings count as finding a defect, which
/// figures count as read.</summary>
public sealed class TruthScorerTests
{
    private static TruthDefect Defect(string[] anchors, params int[] pages) =>
        new("d1", "arithmetic", "arithmetic.growth", "error", pages, "增加878.93万元，增长30%", anchors, "878.93/3015.16 = 29.15%");

    private static Finding Finding(string evidence, int? page, string? expected = null) =>
        new("arithmetic.growth", Severity.Error, "增长率不符", evidence, expected, null, new Location(Page: page));

    [Fact]
    public void A_finding_matches_a_defect_on_its_page_through_an_anchor()
    {
        var defect = Defect(["878.93", "30%"], 12);

        Assert.True(TruthScorer.Matches(Finding("住房保障支出增加 878.93 万元，增长 30 %", 12), defect));
        Assert.True(TruthScorer.Matches(Finding("住房保障支出", null, expected: "30%"), defect));
        Assert.False(TruthScorer.Matches(Finding("住房保障支出增加878.93万元", 13), defect));
        Assert.False(TruthScorer.Matches(Finding("行政运行增加101.48万元", 12), defect));
    }

    [Fact]
    public void Full_width_forms_and_thousands_separators_are_folded_before_matching()
    {
        Assert.Equal("3958.67万元,增长21.95%", TruthScorer.Fold("3,958.67 万元，增长 ２１.９５％"));
    }

    [Fact]
    public void A_report_scores_its_defects_figures_and_metadata()
    {
        var report = TestPipeline.Check("""
            江苏省委办公厅2019年度部门预算公开
            一、收支预算总体情况
            收入预算总计17891.30万元，比上年增加878.93万元，增长30%。
            """);
        var truth = new DocumentTruth("abc", "abc", null, true, null, "department-budget", "江苏省委办公厅2019年度部门预算公开", null,
            "江苏省委办公厅", 2019, "department", 1, null, null,
            [new TruthFigure("k1", "收入预算总计", 17891.30m, "万元", 1, "text", null), new TruthFigure("k2", "支出", 100m, "万元", 1, "text", null)],
            [Defect(["30%"], 1)], null);

        var score = TruthScorer.Score(report, truth);

        Assert.True(score.ReadRight && score.KindRight && score.TitleRight && score.UnitRight && score.YearRight);
        Assert.Equal((1, 1), (score.FiguresRight, score.FiguresMissed.Count));
        Assert.Equal(score.Findings, score.Matched + score.Unexplained.Count);
    }
}
