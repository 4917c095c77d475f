using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>Bad input gets a failed report with a clear error, never an exception or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Empty_file_fails_as_empty()
    {
        var result = TestPipeline.CheckFile(Write("empty.txt", []));
        Assert.Equal(("failed", "empty"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void Binary_garbage_named_txt_fails_as_corrupt()
    {
        var bytes = new byte[64 * 1024];
        new Random(11).NextBytes(bytes);
        var result = TestPipeline.CheckFile(Write("garbage.txt", bytes));
        Assert.Equal(("failed", "corrupt"), (result.Status, result.Error!.Code));
        Assert.Contains("不像文本", result.Error.Message);
    }

    [Fact]
    public void A_50_MB_text_file_fails_as_too_large_without_being_read()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L << 20);
        var result = TestPipeline.CheckFile(path);
        Assert.Equal(("failed", "too-large"), (result.Status, result.Error!.Code));
        Assert.Contains("52,428,800", result.Error.Message);
    }

    [Fact]
    public void A_dangling_link_fails_as_unreadable()
    {
        var path = Path.Combine(_folder, "gone.txt");
        File.CreateSymbolicLink(path, Path.Combine(_folder, "no-such-target.txt"));
        var result = TestPipeline.CheckFile(path);
        Assert.Equal(("failed", "unreadable"), (result.Status, result.Error!.Code));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_file_without_read_permission_fails_as_unreadable_where_permissions_apply()
    {
        var path = Write("locked.txt", "一、概况\n正文。"u8.ToArray());
        File.SetUnixFileMode(path, UnixFileMode.None);
        bool enforced;
        try { using (File.OpenRead(path)) { } enforced = false; }
        catch (UnauthorizedAccessException) { enforced = true; }

        var result = TestPipeline.CheckFile(path);
        // As root the file stays readable and is read; otherwise the read is refused with a clear error.
        Assert.Equal(enforced ? "unreadable" : null, result.Error?.Code);
    }

    [Fact]
    public void A_FIFO_named_txt_does_not_block_the_batch()
    {
        var path = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", path)) mkfifo.WaitForExit();
        var result = TestPipeline.CheckFile(path);
        Assert.Equal(("failed", "empty"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void An_unknown_format_fails_as_unsupported()
    {
        var result = TestPipeline.CheckFile(Write("report.odt", "PK not really"u8.ToArray()));
        Assert.Equal(("failed", "unsupported"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void A_broken_pdf_fails_as_corrupt()
    {
        var result = TestPipeline.CheckFile(Write("scan.pdf", "%PDF-1.4 not really"u8.ToArray()));
        Assert.Equal(("failed", "corrupt"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void A_text_file_named_docx_fails_as_corrupt()
    {
        var result = TestPipeline.CheckFile(Write("report.docx", "一、部门概况"u8.ToArray()));
        Assert.Equal(("failed", "corrupt"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void A_long_hostile_text_finishes_with_a_result()
    {
        // 4 MB of one line full of figures, lists and labels: bounded work, a result, no hang.
        var line = string.Concat(Enumerable.Repeat("1、收入总额100万元，其中财政拨款收入60万元、事业收入30万元、其他收入10万元等3项；（一）", 20_000));
        var result = TestPipeline.CheckFile(Write("hostile.txt", System.Text.Encoding.UTF8.GetBytes(line)));
        Assert.Equal("ok", result.Status);
        Assert.True(result.Facts!.Facts.Count >= 80_000);
    }

    [Fact]
    public void A_link_to_a_device_is_judged_by_its_target_and_refused_without_being_read()
    {
        var path = Path.Combine(_folder, "zero.txt");
        File.CreateSymbolicLink(path, "/dev/zero");
        var result = TestPipeline.CheckFile(path);
        Assert.Equal(("failed", "empty"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void A_loop_of_links_fails_as_unreadable()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "b.txt"), Path.Combine(_folder, "a.txt"));
        var result = TestPipeline.CheckFile(Path.Combine(_folder, "a.txt"));
        Assert.Equal(("failed", "unreadable"), (result.Status, result.Error!.Code));
    }

    [Fact]
    public void A_paragraph_holding_only_a_heading_label_is_read()
    {
        var result = TestPipeline.CheckFile(Write("labels.txt", "一、部门概况\n二、\n1.\n（一）\n正文。\n"u8.ToArray()));
        Assert.Equal("ok", result.Status);
    }

    [Fact]
    public void A_megabyte_line_keeps_each_figure_s_evidence_short()
    {
        var line = "收入" + string.Concat(Enumerable.Repeat("1234.56万元，", 100_000)) + "\n";
        var result = TestPipeline.CheckFile(Write("one-line.txt", System.Text.Encoding.UTF8.GetBytes(line)));
        Assert.Equal("ok", result.Status);
        // The line is cut into paragraphs at its commas, so every one of its 100,000 amounts is read.
        Assert.Equal(100_000, result.Facts!.Facts.Count(f => f.Quantity.Printed == "1234.56万元"));
        Assert.All(result.Facts.Facts, f => Assert.True(f.Text.Length <= PerfEvalIngest.Facts.TextFactExtractor.MaxEvidence));
    }
}
