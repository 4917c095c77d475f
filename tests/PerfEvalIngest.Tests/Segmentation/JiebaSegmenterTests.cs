using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>Behaviour pinned to what jieba 0.42.1 returns for the same calls (values taken from the Python package).</summary>
[Collection(JiebaCollection.Name)]
public sealed class JiebaSegmenterTests(JiebaFixture fixture)
{
    private const string BudgetSentence = "2023年财政拨款收入2792.30万元，三公经费下降23.4%，预算执行率为95.5%。";

    private JiebaSegmenter Plain => new(fixture.Dictionary);

    [Fact]
    public void Numbers_with_decimals_and_percentages_stay_whole_with_the_hmm()
    {
        Assert.Equal(
            ["2023", "年", "财政拨款", "收入", "2792.30", "万元", "，", "三公", "经费", "下降", "23.4%", "，", "预算", "执行", "率为", "95.5%", "。"],
            Plain.Cut(BudgetSentence));
    }

    [Fact]
    public void Without_the_hmm_only_letters_and_digits_are_glued()
    {
        Assert.Equal(
            ["2023", "年", "财政拨款", "收入", "2792", ".", "30", "万元", "，", "三公", "经费", "下降", "23", ".", "4", "%", "，",
             "预算", "执行", "率", "为", "95", ".", "5", "%", "。"],
            Plain.Cut(BudgetSentence, hmm: false));
    }

    [Fact]
    public void Budget_user_dictionary_keeps_its_terms_whole()
    {
        var segmenter = Plain.LoadUserDict(fixture.BudgetUserDictionaryPath);

        Assert.Equal(
            ["2023", "年", "财政拨款收入", "2792.30", "万元", "，", "三公经费", "下降", "23.4%", "，", "预算执行率", "为", "95.5%", "。"],
            segmenter.Cut(BudgetSentence));
        Assert.Equal(["结转结余", "资金", "和", "项目支出", "绩效自评", "表"], segmenter.Cut("结转结余资金和项目支出绩效自评表"));
        Assert.Equal(["结转", "结余", "资金", "和", "项目", "支出", "绩效", "自评表"], Plain.Cut("结转结余资金和项目支出绩效自评表"));
    }

    [Fact]
    public void User_dictionary_frequencies_and_total_follow_load_userdict()
    {
        var segmenter = Plain.LoadUserDict(fixture.BudgetUserDictionaryPath);

        Assert.Equal(60101967, Plain.Total);
        Assert.Equal(60102053, segmenter.Total);
        Assert.Equal(1, segmenter.GetFrequency("财政拨款收入"));
        Assert.Equal(3, segmenter.GetFrequency("执行率"));
        Assert.Equal("n", segmenter.GetUserTag("三公经费"));
        Assert.Null(Plain.GetFrequency("财政拨款收入"));
    }

    [Fact]
    public void Adding_words_returns_a_new_segmenter_and_leaves_the_original_alone()
    {
        var plain = Plain;
        var added = plain.AddWord("杭研大厦", 1000);

        Assert.Equal(["网易", "杭研大厦"], added.Cut("网易杭研大厦"));
        Assert.Equal(["网易", "杭研", "大厦"], plain.Cut("网易杭研大厦"));
        Assert.Equal(plain.Total + 1000, added.Total);
        Assert.Null(plain.GetFrequency("杭研大厦"));
        Assert.Equal(0, added.GetFrequency("杭研大"));
    }

    [Fact]
    public void Suggested_frequencies_are_jiebas()
    {
        Assert.Equal(494, Plain.SuggestFreq(["中", "将"]));
        Assert.Equal(69, Plain.SuggestFreq("台中"));
        Assert.Equal(["如果", "放到", "post", "中将", "出错", "。"], Plain.Cut("如果放到post中将出错。", hmm: false));

        var tuned = Plain.TuneFreq(["中", "将"]);
        Assert.Equal(["如果", "放到", "post", "中", "将", "出错", "。"], tuned.Cut("如果放到post中将出错。", hmm: false));
        Assert.Equal(60102461, tuned.Total);

        tuned = tuned.TuneFreq("台中");
        Assert.Equal(["「", "台中", "」", "正确", "应该", "不会", "被", "切开"], tuned.Cut("「台中」正确应该不会被切开", hmm: false));
        Assert.Equal(60102530, tuned.Total);
    }

    [Fact]
    public void Deleted_words_are_split_even_when_the_hmm_proposes_them()
    {
        Assert.Equal(["我们", "中出", "了", "一个", "叛徒"], Plain.Cut("我们中出了一个叛徒"));
        Assert.Equal(["我们", "中出", "了", "一个", "叛", "徒"], Plain.DelWord("叛徒").Cut("我们中出了一个叛徒"));

        Assert.Equal(["他", "来到", "了", "网易", "杭研", "大厦"], Plain.Cut("他来到了网易杭研大厦"));
        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], Plain.DelWord("杭研").Cut("他来到了网易杭研大厦"));
    }

    [Fact]
    public void Frequencies_distinguish_words_prefixes_and_strangers()
    {
        Assert.Equal(129470, Plain.GetFrequency("中国"));
        Assert.Equal(243191, Plain.GetFrequency("中"));
        Assert.Equal(0, Plain.GetFrequency("中华人民共"));
        Assert.Null(Plain.GetFrequency("不存在的词"));
        Assert.Equal(129470, fixture.Dictionary.GetFrequency("中国"));
    }

    [Fact]
    public void Search_mode_adds_the_two_and_three_character_words_inside_long_ones()
    {
        Assert.Equal(
            ["小明", "硕士", "毕业", "于", "中国", "科学", "学院", "科学院", "中国科学院", "计算", "计算所", "，", "后", "在", "日本", "京都", "大学",
             "日本京都大学", "深造"],
            Plain.CutForSearch("小明硕士毕业于中国科学院计算所，后在日本京都大学深造"));
        Assert.Equal(
            [new Token("永和", 0, 2), new Token("服装", 2, 4), new Token("饰品", 4, 6), new Token("有限", 6, 8), new Token("公司", 8, 10),
             new Token("有限公司", 6, 10)],
            Plain.Tokenize("永和服装饰品有限公司", SegmentMode.Search));
    }

    [Fact]
    public void Full_mode_lists_overlapping_words_and_keeps_runs_of_other_characters()
    {
        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], Plain.Cut("他来到了网易杭研大厦", cutAll: true));
        // jieba also emits empty strings beside each whitespace token here; they carry no text and are left out.
        Assert.Equal(["我", " ", "你", "\r\n", "他", "\t", "𠮷😀", "好"], Plain.Cut("我 你\r\n他\t𠮷😀好", cutAll: true));
    }

    [Fact]
    public void Full_mode_glues_latin_pieces_around_an_overlapping_word_as_jieba_does()
    {
        var segmenter = Plain.AddWord("3", 5).AddWord("3C", 5);

        Assert.Equal(["x", "中", "3C", "ab", "国"], segmenter.Cut("x中a3Cb国", cutAll: true));
        // "ab" is glued from "a" and "b" across "3C"; its offsets span all of it.
        Assert.Contains(new Token("ab", 2, 6), segmenter.Tokenize("x中a3Cb国", SegmentMode.Full));
    }

    [Fact]
    public void Precise_mode_yields_whitespace_and_each_code_point_of_other_text()
    {
        Assert.Equal(["我", " ", "你", "\r\n", "他", "\t", "𠮷", "😀", "好"], Plain.Cut("我 你\r\n他\t𠮷😀好"));
    }

    [Fact]
    public void Offsets_point_into_the_original_full_width_text()
    {
        const string text = "２０２３年预算执行率为９５．５％，ＧＤＰ增长５％";

        var tokens = Plain.Tokenize(text);

        Assert.Equal(
            [new Token("２０２３", 0, 4), new Token("年", 4, 5), new Token("预算", 5, 7), new Token("执行", 7, 9), new Token("率为", 9, 11),
             new Token("９５．５％", 11, 16), new Token("，", 16, 17), new Token("ＧＤＰ", 17, 20), new Token("增长", 20, 22),
             new Token("５％", 22, 24)],
            tokens);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
    }

    [Fact]
    public void Without_width_normalisation_full_width_characters_stand_alone_as_in_jieba()
    {
        var raw = new JiebaSegmenter(fixture.Dictionary, normalizeWidth: false);

        Assert.Equal(["２０２３", "年", "ＧＤＰ", "增长"], raw.Cut("２０２３年ＧＤＰ增长", cutAll: true));
        Assert.Equal(["２", "０", "２", "３", "年", "Ｇ", "Ｄ", "Ｐ", "增长"], raw.Cut("２０２３年ＧＤＰ增长"));
    }

    [Fact]
    public void Precise_tokens_tile_the_text()
    {
        var text = "南京市科技成果转化服务中心，2023年度收入2,792.30万元（其中财政拨款２３１８．０５万元）。\r\n\tOK!";

        var tokens = Plain.Tokenize(text);

        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(text.Length, tokens[^1].End);
        for (var i = 1; i < tokens.Count; i++)
            Assert.Equal(tokens[i - 1].End, tokens[i].Start);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
    }

    [Fact]
    public void Empty_text_has_no_tokens()
    {
        Assert.Empty(Plain.Cut(""));
        Assert.Empty(Plain.Cut("", cutAll: true));
        Assert.Empty(Plain.CutForSearch(""));
    }
}
