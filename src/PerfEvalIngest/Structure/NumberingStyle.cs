namespace PerfEvalIngest.Structure;

/// <summary>The numbering styles of Chinese official documents, in the order of the levels they usually mark.</summary>
public enum NumberingStyle
{
    None,
    /// <summary>第一部分</summary>
    Part,
    /// <summary>一、</summary>
    ChineseComma,
    /// <summary>（一）</summary>
    ChineseParen,
    /// <summary>1. 1、 1．</summary>
    Arabic,
    /// <summary>（1）</summary>
    ArabicParen,
    /// <summary>①</summary>
    Circled,
    /// <summary>附件 / 附表</summary>
    Attachment,
}

internal static class NumberingStyles
{
    /// <summary>The outline level a style stands for: 第一部分 0, 一、 1, （一） 2, 1. 3, （1） 4, ① 5.</summary>
    public static int Level(this NumberingStyle style) => style switch
    {
        NumberingStyle.Part => 0,
        NumberingStyle.ChineseComma => 1,
        NumberingStyle.ChineseParen => 2,
        NumberingStyle.Arabic => 3,
        NumberingStyle.ArabicParen => 4,
        NumberingStyle.Circled => 5,
        NumberingStyle.Attachment => 1,
        _ => 6,
    };
}
