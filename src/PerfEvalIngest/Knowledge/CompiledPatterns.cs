using System.Text.RegularExpressions;

namespace PerfEvalIngest.Knowledge;

// Written by CompiledPatternsTests from the patterns of models/ (PatternRegex); a failing test there writes the
// current text beside this file.
internal static partial class CompiledPatterns
{
    public static Regex? Find(string pattern) => pattern switch
    {
        @"(?:(?<=[\u4e00-\u9fff“""（(])[XＸ×x]{2,}|[XＸ×x]{2,}(?=[\u4e00-\u9fff”""）)]))" => P00(),
        @"(?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于)[（(](?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于)(?:[、，,](?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于))*[)）]" => P01(),
        @"[（(][^（）()]{0,60}(?:填写|必填|请根据|按实际|如无此项)[^（）()]{0,40}[)）]|为必填项|仍保留该表格式|（增加内容）" => P02(),
        @"比(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)[^，。；,;]{0,12}?持平" => P03(),
        @"比(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)相比" => P04(),
        @"[（(][一二三四五六七八九十]{1,3}[)）]、" => P05(),
        @"(?:\d[\d,.]*|[XＸx×]{2,})\s*[万亿]?元。(?:与|比|较)(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)(?:预算执行数|预算数|预算|决算数|决算)?(?:持平|增加[（(]减少[)）][^，。；]{0,12})(?=[，,]\s*主要原因)" => P06(),
        @"原因(?:是|为)[：:]?\s*(?:[A-Za-z]{1,4}|\d{1,3})(?=[。；;，,]|$)" => P07(),
        @"与(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)(?:预算数?|决算数?|执行数)?相(?![比同当近符等似])" => P08(),
        @"[较比与]上一度" => P09(),
        @"([。，；、])\s*\1" => P10(),
        @"(?:原因(?:是|为|：|:)?|[数额值]为|用于|包括|是：|为：|[、，])。" => P11(),
        @"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十百千万亿两几余多数单位])万元" => P12(),
        @"部门预算安排|本部门(?!门)|部门决算安排" => P13(),
        @"(?:增长|下降|减少|增加|提高|降低|上升)(?:了|为)?\s*\d+\.\d+(?=\s*[。，；,;]|$)" => P14(),
        @"(?:\d+(?:\.\d+)?|[XＸx×]{2})\s*万(?=\s*[（(，；,;])(?=[^。]*(?:\d|[XＸx×]{2})\s*万元)" => P15(),
        @"(?<![比与较])(?<year>(?:19|20)\d{2})\s*年度?\s*(?:部门|单位)(?:汇总)?决算" => P16(),
        @"(?<![比与较])(?<year>(?:19|20)\d{2})\s*年度?\s*(?:部门|单位)(?:汇总)?预算(?:编制|公开|情况|表)" => P17(),
        @"截至\s*(?<year>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日" => P18(),
        @"实施周期[^。]{0,8}?(?:19|20)\d{2}\s*年[^。]{0,14}?[-—–~～至到]\s*(?<year>(?:19|20)\d{2})\s*年" => P19(),
        @"^\s*(?:19|20)\d{2}\s*年[^。]{0,14}?[-—–~～至到]\s*(?<year>(?:19|20)\d{2})\s*年" => P20(),
        @"(?:比|与|较|同)(?:(?<year>(?:19|20)\d{2})年度?|上(?:一)?年度?|上年同期)(?:当年)?(?:年初)?(?:预算执行数|预算数|预算|决算数|决算|执行数|实际数)?(?:相比|比较)?" => P21(),
        @"(?<year>(?:19|20)\d{2})年当年预算执行数" => P22(),
        @"决算数?(?<word>大于|小于|等于|高于|低于|超过|少于|多于)(?:年初|全年|调整后)?预算数?" => P23(),
        @"(?:经费|支出|资金)(?<word>增加|减少|增长|下降|上升|降低)(?![\u4e00-\u9fff]{0,2}\d)" => P24(),
        @"(?<=[，,。；;]\s*)(?<word>增加|减少|超支|节约|结余)(?:的)?(?:主要)?原因" => P25(),
        @"(?<qual>不低于|不少于|不超过|不高于|不足|至少|超过|高于|低于|约|近|超|逾|>=|<=|≥|≤|>|<|=|＝)?\s*(?<num>-?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+)(?<approx>余|多)?(?:[ \u3000]{0,2}(?<unit>个百分点|百万元|万元|亿元|千元|%|‰|元|％|(?:万|亿)?(?:平方米|人天|人次|公里|台套|学时|家次|小时|批次|期次|课时|个|亩|人|件|份|册|分|台|名|场|处|天|套|宗|家|座|户|所|批|支|期|本|条|次|笔|篇|类|节|辆|门|项)|万|亿))?(?<suffix>余|多|以上|左右|以内|以下)?" => P26(),
        @"(?<![一二三四五六七八九十两百千万第几])(?<num>[一二三四五六七八九十两]{1,3})(?<approx>余|多)?(?<unit>批次|方面|个|名|场|家|所|批|条|次|种|篇|类|项)" => P27(),
        @"[（(]\s*(万元|亿元|千元|%|个|人|元|家|项|％)\s*[)）]|单位\s*[：:]\s*(万元|亿元|千元|%|个|人|元|家|项|％)" => P28(),
        @"\d+(?:\.\d+)?\s*(?:个百分点|平方米|百万元|万元|人天|人次|亿元|公里|千元|台套|学时|家次|小时|批次|期次|课时|%|‰|个|亩|人|件|份|元|册|分|台|名|场|处|天|套|宗|家|座|户|所|批|支|期|本|条|次|笔|篇|类|节|辆|门|项|％)" => P29(),
        _ => null,
    };

    [GeneratedRegex(@"(?:(?<=[\u4e00-\u9fff“""（(])[XＸ×x]{2,}|[XＸ×x]{2,}(?=[\u4e00-\u9fff”""）)]))", RegexOptions.CultureInvariant)]
    private static partial Regex P00();

    [GeneratedRegex(@"(?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于)[（(](?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于)(?:[、，,](?:增加|增长|上升|提高|下降|减少|降低|大于|小于|等于))*[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex P01();

    [GeneratedRegex(@"[（(][^（）()]{0,60}(?:填写|必填|请根据|按实际|如无此项)[^（）()]{0,40}[)）]|为必填项|仍保留该表格式|（增加内容）", RegexOptions.CultureInvariant)]
    private static partial Regex P02();

    [GeneratedRegex(@"比(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)[^，。；,;]{0,12}?持平", RegexOptions.CultureInvariant)]
    private static partial Regex P03();

    [GeneratedRegex(@"比(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)相比", RegexOptions.CultureInvariant)]
    private static partial Regex P04();

    [GeneratedRegex(@"[（(][一二三四五六七八九十]{1,3}[)）]、", RegexOptions.CultureInvariant)]
    private static partial Regex P05();

    [GeneratedRegex(@"(?:\d[\d,.]*|[XＸx×]{2,})\s*[万亿]?元。(?:与|比|较)(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)(?:预算执行数|预算数|预算|决算数|决算)?(?:持平|增加[（(]减少[)）][^，。；]{0,12})(?=[，,]\s*主要原因)", RegexOptions.CultureInvariant)]
    private static partial Regex P06();

    [GeneratedRegex(@"原因(?:是|为)[：:]?\s*(?:[A-Za-z]{1,4}|\d{1,3})(?=[。；;，,]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex P07();

    [GeneratedRegex(@"与(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)(?:预算数?|决算数?|执行数)?相(?![比同当近符等似])", RegexOptions.CultureInvariant)]
    private static partial Regex P08();

    [GeneratedRegex(@"[较比与]上一度", RegexOptions.CultureInvariant)]
    private static partial Regex P09();

    [GeneratedRegex(@"([。，；、])\s*\1", RegexOptions.CultureInvariant)]
    private static partial Regex P10();

    [GeneratedRegex(@"(?:原因(?:是|为|：|:)?|[数额值]为|用于|包括|是：|为：|[、，])。", RegexOptions.CultureInvariant)]
    private static partial Regex P11();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十百千万亿两几余多数单位])万元", RegexOptions.CultureInvariant)]
    private static partial Regex P12();

    [GeneratedRegex(@"部门预算安排|本部门(?!门)|部门决算安排", RegexOptions.CultureInvariant)]
    private static partial Regex P13();

    [GeneratedRegex(@"(?:增长|下降|减少|增加|提高|降低|上升)(?:了|为)?\s*\d+\.\d+(?=\s*[。，；,;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex P14();

    [GeneratedRegex(@"(?:\d+(?:\.\d+)?|[XＸx×]{2})\s*万(?=\s*[（(，；,;])(?=[^。]*(?:\d|[XＸx×]{2})\s*万元)", RegexOptions.CultureInvariant)]
    private static partial Regex P15();

    [GeneratedRegex(@"(?<![比与较])(?<year>(?:19|20)\d{2})\s*年度?\s*(?:部门|单位)(?:汇总)?决算", RegexOptions.CultureInvariant)]
    private static partial Regex P16();

    [GeneratedRegex(@"(?<![比与较])(?<year>(?:19|20)\d{2})\s*年度?\s*(?:部门|单位)(?:汇总)?预算(?:编制|公开|情况|表)", RegexOptions.CultureInvariant)]
    private static partial Regex P17();

    [GeneratedRegex(@"截至\s*(?<year>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex P18();

    [GeneratedRegex(@"实施周期[^。]{0,8}?(?:19|20)\d{2}\s*年[^。]{0,14}?[-—–~～至到]\s*(?<year>(?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex P19();

    [GeneratedRegex(@"^\s*(?:19|20)\d{2}\s*年[^。]{0,14}?[-—–~～至到]\s*(?<year>(?:19|20)\d{2})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex P20();

    [GeneratedRegex(@"(?:比|与|较|同)(?:(?<year>(?:19|20)\d{2})年度?|上(?:一)?年度?|上年同期)(?:当年)?(?:年初)?(?:预算执行数|预算数|预算|决算数|决算|执行数|实际数)?(?:相比|比较)?", RegexOptions.CultureInvariant)]
    private static partial Regex P21();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年当年预算执行数", RegexOptions.CultureInvariant)]
    private static partial Regex P22();

    [GeneratedRegex(@"决算数?(?<word>大于|小于|等于|高于|低于|超过|少于|多于)(?:年初|全年|调整后)?预算数?", RegexOptions.CultureInvariant)]
    private static partial Regex P23();

    [GeneratedRegex(@"(?:经费|支出|资金)(?<word>增加|减少|增长|下降|上升|降低)(?![\u4e00-\u9fff]{0,2}\d)", RegexOptions.CultureInvariant)]
    private static partial Regex P24();

    [GeneratedRegex(@"(?<=[，,。；;]\s*)(?<word>增加|减少|超支|节约|结余)(?:的)?(?:主要)?原因", RegexOptions.CultureInvariant)]
    private static partial Regex P25();

    [GeneratedRegex(@"(?<qual>不低于|不少于|不超过|不高于|不足|至少|超过|高于|低于|约|近|超|逾|>=|<=|≥|≤|>|<|=|＝)?\s*(?<num>-?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+)(?<approx>余|多)?(?:[ \u3000]{0,2}(?<unit>个百分点|百万元|万元|亿元|千元|%|‰|元|％|(?:万|亿)?(?:平方米|人天|人次|公里|台套|学时|家次|小时|批次|期次|课时|个|亩|人|件|份|册|分|台|名|场|处|天|套|宗|家|座|户|所|批|支|期|本|条|次|笔|篇|类|节|辆|门|项)|万|亿))?(?<suffix>余|多|以上|左右|以内|以下)?", RegexOptions.CultureInvariant)]
    private static partial Regex P26();

    [GeneratedRegex(@"(?<![一二三四五六七八九十两百千万第几])(?<num>[一二三四五六七八九十两]{1,3})(?<approx>余|多)?(?<unit>批次|方面|个|名|场|家|所|批|条|次|种|篇|类|项)", RegexOptions.CultureInvariant)]
    private static partial Regex P27();

    [GeneratedRegex(@"[（(]\s*(万元|亿元|千元|%|个|人|元|家|项|％)\s*[)）]|单位\s*[：:]\s*(万元|亿元|千元|%|个|人|元|家|项|％)", RegexOptions.CultureInvariant)]
    private static partial Regex P28();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:个百分点|平方米|百万元|万元|人天|人次|亿元|公里|千元|台套|学时|家次|小时|批次|期次|课时|%|‰|个|亩|人|件|份|元|册|分|台|名|场|处|天|套|宗|家|座|户|所|批|支|期|本|条|次|笔|篇|类|节|辆|门|项|％)", RegexOptions.CultureInvariant)]
    private static partial Regex P29();
}
