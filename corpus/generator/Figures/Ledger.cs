namespace PerfEvalIngest.Corpus.Figures;

/// <summary>
/// A unit's year in figures, in 元 (whole yuan). Every total is derived from its parts here, so the identities
/// of domain.md hold by construction; printing rounds each figure to 万元 separately, as real reports do.
/// </summary>
sealed record Ledger
{
    public required long IncomeFiscal { get; init; }
    public required long IncomeBusiness { get; init; }
    public required long IncomeOther { get; init; }
    public long IncomeTotal => IncomeFiscal + IncomeBusiness + IncomeOther;
    /// <summary>Income budgeted at the start of the year (收入预算数).</summary>
    public required long IncomeBudget { get; init; }

    public required BudgetLine Personnel { get; init; }
    public required BudgetLine Public { get; init; }
    public required IReadOnlyList<BudgetLine> Projects { get; init; }

    public BudgetLine Basic => BudgetLine.Sum("基本支出", [Personnel, Public]);
    public BudgetLine Project => BudgetLine.Sum("项目支出", Projects);
    public BudgetLine Total => BudgetLine.Sum("合计", [Basic, Project]);

    public long ExpensePersonnel => Personnel.Actual;
    public long ExpensePublic => Public.Actual;
    public long ExpenseBasic => Basic.Actual;
    public long ExpenseProject => Project.Actual;
    public long ExpenseTotal => Total.Actual;

    /// <summary>Economic classes of personnel spending: 工资福利支出 and 对个人和家庭的补助.</summary>
    public required long Wages { get; init; }
    public long Household => ExpensePersonnel - Wages;

    public required long SangongVehicle { get; init; }
    public required long SangongReception { get; init; }
    public required long SangongAbroad { get; init; }
    public long SangongTotal => SangongVehicle + SangongReception + SangongAbroad;
    public required long SangongLastYear { get; init; }
    public required long Meeting { get; init; }
    public required long Training { get; init; }

    public required Staffing Staff { get; init; }
    public required Assets Assets { get; init; }
}

/// <summary>One budget line: 年初预算数, 调整数 (追加为正, 追减为负), 实际支出.</summary>
sealed record BudgetLine(string Name, long Initial, long Adjustment, long Actual)
{
    public long Adjusted => Initial + Adjustment;

    public static BudgetLine Sum(string name, IEnumerable<BudgetLine> lines)
    {
        var list = lines.ToList();
        return new BudgetLine(name, list.Sum(l => l.Initial), list.Sum(l => l.Adjustment), list.Sum(l => l.Actual));
    }
}

/// <summary>编制 = 管理岗 + 专业技术岗 + 工勤岗; 在岗 = 在编 + 编外.</summary>
sealed record Staffing(int Management, int Technical, int Support, int InService, int Contract, int Retired)
{
    public int Authorized => Management + Technical + Support;
    public int Actual => InService + Contract;
}

/// <summary>资产总额 = 流动资产 + 非流动资产; the named parts are only some of each.</summary>
sealed record Assets(long Cash, long Receivable, long OtherCurrent, long Fixed, long Intangible, long OtherNoncurrent)
{
    public long Current => Cash + Receivable + OtherCurrent;
    public long Noncurrent => Fixed + Intangible + OtherNoncurrent;
    public long Total => Current + Noncurrent;
}
