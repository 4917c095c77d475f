using System.Buffers.Binary;
using System.IO.Compression;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>
/// Just enough of PNG to read a browser's screenshot back: 8-bit RGB or RGBA, not interlaced, the five row filters.
/// Anything else is refused rather than misread, so a test never passes on pixels it did not decode.
/// </summary>
internal sealed class PngImage
{
    public int Width { get; }
    public int Height { get; }
    private readonly byte[] _rgb;

    private PngImage(int width, int height, byte[] rgb) => (Width, Height, _rgb) = (width, height, rgb);

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 3;
            return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
        }
    }

    /// <summary>How many pixels are within <paramref name="tolerance"/> of a #rrggbb colour on every channel.</summary>
    public int Count(string hex, int tolerance = 6)
    {
        var (r, g, b) = (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
        var n = 0;
        for (var i = 0; i < _rgb.Length; i += 3)
            if (Math.Abs(_rgb[i] - r) <= tolerance && Math.Abs(_rgb[i + 1] - g) <= tolerance && Math.Abs(_rgb[i + 2] - b) <= tolerance)
                n++;
        return n;
    }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!bytes.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG");

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(bytes, pos + 4, 4);
            var data = bytes.AsSpan(pos + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var (depth, colour, interlace) = (data[8], data[9], data[12]);
                    if (depth != 8 || interlace != 0 || colour is not (2 or 6))
                        throw new NotSupportedException($"PNG depth {depth}, colour type {colour}, interlace {interlace}");
                    channels = colour == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            if (type == "IEND") break;
            pos += 12 + length;
        }
        if (channels == 0) throw new InvalidDataException("PNG without IHDR");

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.GetBuffer();
        var stride = width * channels;
        if (inflated.Length < (long)(stride + 1) * height) throw new InvalidDataException("PNG data too short");

        var rgb = new byte[width * height * 3];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var row = y * (stride + 1);
            var filter = raw[row];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                };
                current[i] = (byte)(raw[row + 1 + i] + predictor);
            }
            for (var x = 0; x < width; x++)
                current.AsSpan(x * channels, 3).CopyTo(rgb.AsSpan((y * width + x) * 3));
            (previous, current) = (current, previous);
        }
        return new PngImage(width, height, rgb);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
