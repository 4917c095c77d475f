using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Faults;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Templates;
using PerfEvalIngest.Corpus.Truth;
using PerfEvalIngest.Corpus.Verification;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus;

/// <summary>One generated report: its text, its truth and the claims the self-check re-evaluates.</summary>
sealed record GeneratedReport(ReportPlan Plan, string Text, ReportTruth Truth, IReadOnlyList<Claim> Claims,
    IReadOnlyList<WordBlock> Word);

/// <summary>Runs the template of a plan's family and turns what the document recorded into a truth file.</summary>
static class ReportBuilder
{
    public static GeneratedReport Build(ReportPlan plan)
    {
        var ctx = new ReportContext(plan);
        Action<ReportContext> write = (plan.Family, plan.Kind) switch
        {
            (Family.Hunan, ReportKind.Project) => HunanProjectTemplate.Write,
            (Family.National, ReportKind.Project) => NationalProjectTemplate.Write,
            (Family.National, _) => NationalDepartmentTemplate.Write,
            (Family.Henan, _) => HenanTemplate.Write,
            (Family.Nanjing, _) => NanjingTemplate.Write,
            (Family.Suzhou, _) => SuzhouTemplate.Write,
            _ => HunanTemplate.Write,
        };
        write(ctx);
        var doc = ctx.Doc;
        ctx.Faults.AssertAllPlanted(doc, plan.Id);

        // Sums that hold only thanks to rounding, and "其中" lists that name some parts, are traps worth naming.
        foreach (var s in doc.Claims.OfType<SumClaim>())
        {
            var gap = ClaimEvaluator.Gap(s);
            var inText = s.Quote.Any(c => c >= '\u4e00');
            if (inText && s.Complete && gap != 0 && ClaimEvaluator.Evaluate(s) is null) doc.Trap("rounding", s.Quote);
            if (!s.Complete && gap < 0 && !s.Quote.Contains('\n')) doc.Trap("partial-list", s.Quote);
        }

        var faults = doc.Faults.Select(f => new FaultEntry(f.Type.Name(), f.Rule, f.Quote, f.Section, f.Expected, f.Actual, f.Description)).ToList();
        var traps = doc.Traps.DistinctBy(t => (t.Type, t.Quote)).ToList();
        var truth = new ReportTruth(plan.Id, null, plan.Family.ToString().ToLowerInvariant(),
            plan.Kind == ReportKind.Project ? "project" : "department-overall",
            plan.Unit.Name, plan.Year, doc.Outline, doc.Facts, doc.Tables, faults, traps);
        return new GeneratedReport(plan, doc.Text, truth, doc.Claims, doc.WordBlocks);
    }
}
