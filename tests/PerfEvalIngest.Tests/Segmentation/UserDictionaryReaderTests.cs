using System.Text.RegularExpressions;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Tests.Segmentation;

public sealed class UserDictionaryReaderTests
{
    /// <summary>jieba's own pattern for a user-dictionary line, used here as the oracle for the hand-written parser.</summary>
    private static readonly Regex JiebaPattern = new(@"^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("云计算 5", "云计算", 5, null)]
    [InlineData("创新办 3 i", "创新办", 3, "i")]
    [InlineData("台中", "台中", null, null)]
    [InlineData("a b c", "a b", null, "c")]
    [InlineData("Big Data 8", "Big Data", 8, null)]
    [InlineData("a 12b", "a 12b", null, null)]
    [InlineData(" 12 ab", " 12", null, "ab")]
    [InlineData(" ab", " ab", null, null)]
    [InlineData("x 007", "x", 7, null)]
    public void Lines_split_into_word_frequency_and_tag_as_in_jieba(string line, string word, int? frequency, string? tag)
        => Assert.Equal(new UserDictionaryEntry(word, frequency, tag), UserDictionaryReader.ParseLine(line));

    [Fact]
    public void Parser_agrees_with_jiebas_pattern_on_random_lines()
    {
        var random = new Random(7);
        const string alphabet = "ab1 2Z中 ";
        for (var n = 0; n < 20000; n++)
        {
            var chars = new char[random.Next(1, 9)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            var line = new string(chars);
            var match = JiebaPattern.Match(line);
            var expected = new UserDictionaryEntry(
                match.Groups[1].Value,
                match.Groups[2].Success ? int.Parse(match.Groups[2].Value.Trim()) : null,
                match.Groups[3].Success ? match.Groups[3].Value.Trim() : null);
            Assert.Equal(expected, UserDictionaryReader.ParseLine(line));
        }
    }

    [Fact]
    public void Files_are_read_line_by_line_trimmed_and_without_byte_order_mark()
    {
        var entries = UserDictionaryReader.Parse("\uFEFF三公经费 n\r\n\n  结转结余 12 \n"u8);

        Assert.Equal([new UserDictionaryEntry("三公经费", null, "n"), new UserDictionaryEntry("结转结余", 12, null)], entries);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_rejected()
        => Assert.Throws<InvalidDataException>(() => UserDictionaryReader.Read(new MemoryStream([0xB2, 0xE2, 0xCA, 0xD4, 0x0A])));
}
