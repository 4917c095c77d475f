using System.Text;
using PerfEvalIngest.Corpus.Plan;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// Writes corpus/README.md. It is generated with the corpus so that its list of files, faults and traps can
/// never drift from what is actually on disk.
/// </summary>
static class ReadmeWriter
{
    public static string Write(IReadOnlyList<GeneratedReport> reports)
    {
        var sb = new StringBuilder();
        sb.Append(Intro);
        sb.AppendLine("## Files").AppendLine();
        sb.AppendLine("| report | family | kind | unit | year | size | faults | other encodings |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in reports)
        {
            var t = r.Truth;
            var copies = new List<string>();
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Gb18030)) copies.Add($"`{t.Id}.gb18030.txt` (GB18030)");
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Utf16)) copies.Add($"`{t.Id}.utf16.txt` (UTF-16 LE, BOM)");
            var faults = t.Faults.Count == 0 ? "clean" : string.Join(", ", t.Faults.Select(f => f.Type));
            sb.AppendLine($"| `{t.Id}.txt` | {t.Family} | {t.Kind} | {t.Unit} | {t.Year} | {r.Plan.Size.ToString().ToLowerInvariant()} | {faults} | {(copies.Count == 0 ? "—" : string.Join("; ", copies))} |");
        }
        sb.AppendLine().AppendLine("Each `reports/<id>.txt` has its `truth/<id>.json`; each re-encoded copy has its own truth file with `\"sameAs\"`.").AppendLine();
        sb.AppendLine("Word versions (`docx/<id>.docx`, same content as the text; `docx-lo/<id>.docx` is the same file re-saved by LibreOffice):").AppendLine();
        sb.AppendLine("| report | headings | heading styles | attachment |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var r in reports)
        {
            var form = r.Plan.WordLayout;
            var sheet = r.Plan.SheetWorkbook ? $"`docx/{r.Truth.Id}.自评表.xlsx`" : "—";
            sb.AppendLine($"| `{r.Truth.Id}.docx` | {(form.AutoNumbering ? "automatic numbering" : "typed labels")} | {(form.HeadingStyles ? "Heading 1–3" : "none")} | {sheet} |");
        }
        sb.AppendLine();

        sb.AppendLine("## Planted faults").AppendLine();
        foreach (var r in reports.Where(r => r.Truth.Faults.Count > 0))
        {
            sb.AppendLine($"- `{r.Truth.Id}`");
            foreach (var f in r.Truth.Faults)
                sb.AppendLine($"  - {f.Type} (`{f.Rule}`) at `{(f.Section.Length == 0 ? "(top level)" : f.Section)}`: expected `{f.Expected}`, printed `{(f.Actual.Length == 0 ? "(nothing)" : f.Actual)}` — {f.Description}");
        }
        sb.AppendLine();

        sb.AppendLine("## Traps by report").AppendLine();
        sb.AppendLine("| report | traps |").AppendLine("|---|---|");
        foreach (var r in reports)
            sb.AppendLine($"| `{r.Truth.Id}` | {string.Join(", ", r.Truth.Traps.GroupBy(t => t.Type).Select(g => $"{g.Key} ×{g.Count()}"))} |");
        sb.AppendLine();
        return sb.ToString();
    }

    const string Intro = """
        # Synthetic self-evaluation reports (绩效自评报告) with ground truth

        This folder holds budget performance self-evaluation reports of invented Chinese public bodies, written in
        the text-dump format of Word files (see "Text format" below), each with a machine-readable ground truth.
        The corpus is produced by the console program in `generator/`, which has no reference to the library in
        `src/`: the truth is recorded while writing, never by reading the text back, so it can serve as an
        independent check of the library.

        Units, cities and figures are invented (泓川市, 淮宁市, 岚州市, 澧安县, 湘屏县, 武岚县, 霁川市, 棠溪县, 澄平市,
        青岑县, 伊浦市, 颍泽县); the prose is the project's own. Five template families are covered — Jiangsu/Nanjing
        style (`nanjing-*`), Suzhou style with 预算信息 / 年度重点任务 / 部门整体自评表 tables (`suzhou-*`), Hunan style
        with 一般公共预算支出情况 and an attached 自评表 (`hunan-*`, one of them a 项目支出 report), the national outlines
        of 财预〔2020〕10号 with the national 自评表 (`national-*`: 项目支出 reports with 基本情况, 绩效自评工作开展情况,
        综合评价情况及评价结论, 绩效目标实现情况分析, 预算执行进度与绩效指标偏差, 主要经验及做法、存在的问题及原因分析,
        有关建议, 其他需要说明的问题; 部门整体支出 reports with 部门基本情况, 部门整体支出绩效目标及完成情况,
        部门整体预算执行情况, 绩效自评结论, 存在的问题及原因分析, 下一步改进措施, 其他需要说明的情况) and Henan's
        部门整体支出绩效自评总结报告 (`henan-*`: 基本情况, 绩效目标实现情况, 偏差情况及原因分析, 存在的问题, 改进措施,
        自评结果应用; 自评表 attached).

        The national 自评表 (项目支出 or 部门整体支出) has name rows (项目名称 / 主管部门 / 实施单位, or 部门名称), a
        funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) whose 年度资金总额 row is the sum of
        其中：当年财政拨款, 上年结转资金 and 其他资金 and scores 执行率 × 10 (at most 10), the 年度总体目标 (预期目标 |
        实际完成情况), the indicator rows (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |
        偏差原因分析及改进措施; 产出 50, 效益 30, 满意度 10; a missed target scores in proportion and gives its reason)
        and 总分, the sum of the budget score and the indicator scores. It stands in the body or follows an 附件 line,
        and attached ones are also sent as a workbook.

        ## Regenerating

        ```
        dotnet run --project corpus/generator -- --out corpus            # rewrite reports/, truth/, docx/ and this README
        dotnet run --project corpus/generator -- --out corpus --verify   # write nothing; exit 1 if the files differ
        corpus/make-roundtrip.sh                                         # docx/ through LibreOffice into docx-lo/
        ```

        `docx-lo/` is LibreOffice's output and is not checked by `--verify`; rerun the script after regenerating.

        Generation is deterministic (fixed seeds, `System.Random`, money as `decimal`, invariant formatting): the
        output is byte-identical on every run. Before writing, the generator runs a self-check that recomputes,
        from the printed figures alone, every identity of each report (totals = parts, 基本支出 = 人员经费 + 公用经费,
        调整后预算 = 年初预算 + 调整数, 三公经费 = its parts, 编制 = 管理岗 + 专业技术岗 + 工勤岗, 在岗 = 在编 + 编外,
        资产总额 = 流动 + 非流动, shares, 执行率, stated differences, list counts, deviations, 自评表 totals, grade
        versus score, heading numbers, required sections), using the tolerance each figure's printed precision
        allows. A clean report must pass everything; in a faulty report every inconsistency found must be a planted
        fault and every planted fault must be found. Any other outcome makes the generator exit with code 1 and
        write nothing. Exit code 2 is bad usage.

        ## Generator layout

        `Program.cs` (arguments, exit codes) · `Plan/` (the reports: seed, unit, year, size, quirks, faults) ·
        `Profiles/` (each invented unit's prose and tasks as data) · `Figures/` (the ledger in 元, rounding to
        万元, numbers as printed, 自评表 rows) · `Templates/` (one file per template family, shared figure
        sentences, budget and 自评表 tables) · `Writing/` (paragraphs, headings, run-on lines and TAB tables, with
        quotes taken from the final text) · `Claims/` and `Verification/` (what the text asserts and the self-check)
        · `Faults/` (planting) · `Truth/` (the JSON model) · `Output/` (files, encodings, the Word and Excel
        writers, this README).

        ## Word format (`docx/<id>.docx`, `docx/<id>.自评表.xlsx`)

        Written with the Open XML SDK from what the text writer recorded, block by block: one Word paragraph per
        paragraph (run-on lines split again), tables as Word tables with `gridSpan` for a cell merged across
        columns ("合计") and `vMerge` for cells merged down a group (一级/二级指标); cell paragraphs clear the body's
        two-character first-line indent, as a hand-made table does. Headings carry their numbering
        either as typed text or as Word automatic numbering (one list: `%1、` and `（%2）` in chineseCounting,
        `%3、` or `%3.` decimal, suffix nothing; a number the counter would not give next starts a list instance
        with a startOverride), with or without the built-in heading styles, as the table above says. A heading
        whose numbering the text dump lost (`3、 `) is automatically numbered in Word, so it reads `三、` there; its
        truth outline entry records that as `docxLabel`. The 自评表 workbook has one sheet, category columns
        merged, numbers stored as numbers with a format that prints them as the report does (96.36% is 0.9636 in
        `0.00%`). No document properties are written and zip entries carry a fixed date, so the files are
        byte-identical on every run.

        ## Text format

        UTF-8 without BOM, `\n` line ends, as plain-text dumps of Word files look:
        - one paragraph per line, with blank lines between some (some reports have one after every paragraph);
        - tables: each cell a line starting with a TAB, rows separated by one blank line; a vertically merged cell
          (一级/二级指标, 对应部门主要职责) shows as an empty TAB line in a leading column, a genuinely empty cell
          (no adjustment, no reason given) as an empty TAB line after a non-empty one; a cell holding two
          paragraphs shows its second paragraph on a line without a TAB;
        - several paragraphs run together on one line, each introduced by four spaces (the Suzhou body sections);
        - artefacts: `[bookmark: _GoBack]`, a title in a text box starting with two TABs, and level-1 headings
          whose Word numbering was lost (`3、 ` with a space, continuing 一、二、; or only the first, `1、 基本情况`
          followed by 二、三、).

        ## Truth format (`truth/<id>.json`)

        ```
        {
          "id": "nanjing-01",
          "sameAs": "nanjing-01",          // only on re-encoded copies: the report they repeat
          "family": "nanjing|suzhou|hunan|national|henan",
          "kind": "department-overall|project",
          "unit": "泓川市农业技术推广中心",
          "year": 2023,
          "outline": [ { "level": 1, "label": "一、", "title": "部门（单位）概况" } ],
          "facts":   [ { "concept": "income.total", "value": "1677.63", "unit": "万元",
                         "section": "一、/（二）/1、", "quote": "2023年度收入总额1677.63万元" },
                       { "concept": "budget.rate", "value": "96.36", "unit": "%", "section": "table:…",
                         "quote": "96.36%", "row": "预算执行率", "column": "完成值" } ],
          "tables":  [ { "caption": "…指标体系得分情况", "rows": 24, "cols": 8 } ],
          "faults":  [ { "type": "share", "rule": "arithmetic.share", "quote": "占总支出56.68%",
                         "section": "一、/（二）/1、", "expected": "59.93%", "actual": "56.68%",
                         "description": "…" } ],
          "traps":   [ { "type": "overlapping-categories", "quote": "其中…" } ]
        }
        ```

        **outline** — every heading in reading order. Level by numbering style: 第一部分 0, 一、 1, （一） 2,
        1. / 1、 / 1． 3, （1） 4, ① 5; a lost-autonumber `3、 ` continuing 一、二、 (or a first `1、 ` that 二、
        follows) is level 1. `label` is printed
        text without spaces, `title` the heading text after the label without a trailing ： or 。 (so
        "一、预算部门名称：岚州市图书馆" has title "预算部门名称：岚州市图书馆"). A run-in heading
        ("1.着力…。一是…") has its short first sentence as title. "附件：1.自评表" is a level-1 entry with label
        `附件` and title `自评表`. Body list items (（1）本年度…万元…, ①负责…；②…, the numbered sentences of the
        Suzhou sections) are not headings.

        **facts** — figures of the concepts below, wherever printed (a figure stated twice is two facts).
        `value` is the number exactly as printed (full-width, trimmed or ".8" as it appears); `unit` as printed
        after it, or for table cells the unit of the table or column; `section` is the heading-label path
        ("一、/（二）/1、") or `table:<caption>`; `quote` is an exact substring of the report (the clause ending
        with the figure; for a table cell the cell text). Table-cell facts also carry `row` and `column`, the
        header texts. Concept ids: income.total, income.fiscal, income.business, income.other, income.budget,
        expense.total, expense.basic, expense.project, expense.personnel, expense.public, expense.budget,
        budget.initial, budget.adjustment, budget.adjusted, budget.actual, budget.rate, sangong.total,
        sangong.vehicle, sangong.reception, sangong.abroad, expense.meeting, expense.training, staff.authorized,
        staff.actual, staff.inservice, staff.contract, staff.management, staff.technical, staff.support,
        assets.total, assets.current, assets.noncurrent, assets.fixed, assets.intangible, assets.cash,
        assets.receivable, org.departments. budget.* facts in text are for the whole unit (or, in the 项目支出
        reports, for the project); in tables the row says which budget line (年度资金总额, 当年财政拨款, 上年结转资金
        and 其他资金 in the national 自评表).

        **tables** — each table with its caption (the heading or title line above it), row count (header rows
        included) and the largest number of cells in a row.

        **faults** — empty for a clean report. Types and rules: sum (`arithmetic.sum`, a part changed so the
        total no longer adds up), share (`arithmetic.share`), rate (`arithmetic.rate`), difference
        (`arithmetic.difference`, a stated 超支/结余/增加 amount), unit (`unit`, a 万元 amount printed as 元),
        numbering (`numbering`, a heading number skipped or repeated), enumeration (`enumeration`, a stated count
        different from its list), missing-section (`completeness`, a required body section left out).
        `expected` is the correct value, `actual` the printed one, `quote` the exact printed text around it.
        For a missing section, `expected` is the missing title, `actual` is empty, and `quote`/`section` point
        at the heading printed where the section should have been.

        **traps** — places that look wrong but are right; a checker must not report them: `partial-list` (a
        其中 list naming only some parts), `overlapping-categories` (sub-counts that exceed the whole because an
        item can be in both), `rounded-restatement` (12.3万亩 in the text, 123466亩 in the table), `rounding`
        (parts rounded separately miss the total by a cent), `zero-target` (a target of 0%, no deviation),
        `full-width`, `chinese-numeral`, `date`, `year`, `document-number`, `phone`, `lost-autonumber`,
        `tabbed-title`, `multi-paragraph-cell`.


        """;
}
