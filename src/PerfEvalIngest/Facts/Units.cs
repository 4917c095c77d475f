namespace PerfEvalIngest.Facts;

/// <summary>What a unit measures. Money converts between 元, 万元 and 亿元; counts keep their classifier.</summary>
public enum UnitKind { None, Money, Percent, People, Count, Other }

/// <summary>Unit arithmetic: the kind of a printed unit and its factor to the kind's base (元 for money, one item
/// for counts: "万台套" is 10,000 台套).</summary>
public static class Units
{
    private static readonly string[] PeopleUnits = ["人", "名", "人次"];

    public static readonly IReadOnlyList<string> Classifiers =
    [
        "人次", "家次", "台套", "平方米", "批次", "期次", "人", "名", "个", "家", "项", "场", "份", "篇", "条", "次",
        "批", "台", "套", "笔", "户", "件", "所", "期", "类", "宗", "亩", "公里", "天", "小时", "分", "辆", "册",
        "本", "处", "座", "支", "节", "门", "课时", "学时", "万人", "人天",
    ];

    public static UnitKind KindOf(string unit)
    {
        if (unit.Length == 0) return UnitKind.None;
        if (unit is "元" or "万元" or "亿元" or "千元" or "百万元") return UnitKind.Money;
        if (unit is "%" or "‰" or "个百分点") return UnitKind.Percent;
        var bare = StripMagnitude(unit);
        if (PeopleUnits.Contains(bare)) return UnitKind.People;
        return Classifiers.Contains(bare) ? UnitKind.Count : UnitKind.Other;
    }

    /// <summary>Factor to the base unit: 万元 → 10,000 (元); 亿元 → 10⁸; 万台套 → 10,000; % → 1.</summary>
    public static decimal Factor(string unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "百万元" => 1_000_000m,
        "亿元" => 100_000_000m,
        _ when unit.StartsWith('万') && unit.Length > 1 => 10_000m,
        _ when unit.StartsWith('亿') && unit.Length > 1 => 100_000_000m,
        _ => 1m,
    };

    /// <summary>The unit without a leading 万/亿 magnitude ("万台套" → "台套"); money units stay whole.</summary>
    public static string StripMagnitude(string unit) =>
        unit.Length > 1 && unit[0] is '万' or '亿' && !unit.EndsWith('元') ? unit[1..] : unit;

    /// <summary>Two units measure the same thing and can be compared after conversion.</summary>
    public static bool Comparable(string a, string b)
    {
        var ka = KindOf(a);
        if (ka != KindOf(b)) return false;
        return ka switch
        {
            UnitKind.Money or UnitKind.Percent => true,
            _ => StripMagnitude(a) == StripMagnitude(b),
        };
    }
}
