using System.Text;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The frame every page of the tool shares: an HTML5 document in Chinese, UTF-8, with its style inline so one file
/// opens anywhere (a reviewer's mail attachment, a folder on a share) without assets beside it. Chinese text is set in
/// whichever CJK face the reader's system has, from macOS and Windows to Linux desktops.
/// </summary>
internal static class HtmlPage
{
    /// <summary>System faces only: a web font would mean an external file or megabytes inline.</summary>
    public const string FontStack =
        "\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\"," +
        "\"WenQuanYi Micro Hei\",\"WenQuanYi Zen Hei\",sans-serif";

    public static void Open(StringBuilder html, string title, string style)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>");
        HtmlText.AppendEncoded(html, title);
        html.Append("</title>\n<style>\n").Append(style).Append("</style>\n</head>\n<body>\n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");
}
