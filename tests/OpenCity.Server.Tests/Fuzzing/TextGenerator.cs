using System.Buffers.Text;
using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Strings for text arguments: real codes and names from the harvest, their pieces, and hostile
/// text (unicode, control characters, lone surrogates, LIKE and SQL metacharacters, very long);
/// cursors (real, foreign, mangled) and ids (real and fake); dates.
/// </summary>
public sealed class TextGenerator(FuzzRandom random, SchemaModel schema, CityHarvest harvest)
{
    private static readonly string[] Hostile =
    [
        "", " ", "x", "Ünïcödé", "北桥", "🚰💡", "مرحبا", "e\u0301", "\u200B", "\uFEFF", "\0", "a\0b", "\u0001\u001f\u007f",
        "\uD800", "\uDC00x", "%", "_", "\\", "'", "' OR 1=1 --", "%%_%", "[a-z]*", "?", "\"", "\r\n", "\t", "İ", "ß", "ǅ", "ﬀ",
        "null", "undefined", "NaN", "${x}", "{{x}}", "<script>", "../../etc/passwd", "SL-", "-", "🏳️‍🌈", "\u2028", "Ω",
    ];

    private static readonly string[] Dates =
    [
        "2015-01-01", "2024-05-31", "1970-01-01", "0001-01-01", "9999-12-31", "2015-02-29", "2016-02-29", "2015-13-01", "2015-00-10",
        "2015-1-1", "15-01-01", "yesterday", "", "2015-01-01T00:00:00Z", "20150101", "-2015-01-01", "+12015-01-01", "2015/01/01",
    ];

    private static readonly string[] DateTimes =
    [
        "2024-05-31T14:00:00Z", "2024-05-31T14:00:00", "2024-05-31T14:00:00+14:00", "2024-05-31T14:00:00-12:00", "2024-05-31",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2024-05-31T25:00:00Z", "2024-02-30T00:00:00Z", "now", "",
        "2024-05-31T14:00:00.123456789Z", "2024-05-31 14:00:00", "1e9", "2024-05-31T14:00:00+99:00",
    ];

    private static readonly string[] TypeNames = ["Nope", "", "node", "Query", "__Type", "CityComponentConnection", "PageInfo"];

    private static readonly string[] Keys = ["0", "-1", "1", "2", "3", "99999999", "9223372036854775807", "9223372036854775808", "abc", "", "1.5", " 1", "01"];

    /// <summary>
    /// Text for a value about <paramref name="hint"/> (an argument or filtered field) of objects of
    /// type <paramref name="owner"/>: mostly real values and pieces of them when the harvest has
    /// some, otherwise hostile text.
    /// </summary>
    public string Text(string hint, string owner)
    {
        var real = harvest.ValuesFor(hint, owner);
        return random.Choose(real.Count > 0 ? 4 : 0, real.Count > 0 ? 2 : 0, 3, 1, 0.15, 0.05) switch
        {
            0 => random.Pick(real),
            1 => Piece(random.Pick(real)),
            2 => random.Pick(Hostile),
            3 => Word(),
            4 => string.Concat(Enumerable.Repeat(random.Pick(["a", "é", "%", "🚰"]), random.Between(100, 5000))),
            _ => new string('x', random.Between(20_000, 60_000)),
        };
    }

    public string Word()
    {
        var word = new StringBuilder();
        var length = random.Between(1, 12);
        for (var i = 0; i < length; i++)
        {
            word.Append((char)random.Between('A', 'z'));
        }

        return word.ToString();
    }

    /// <summary>A cursor for <paramref name="list"/>: its own, another list's, a mangled one or junk.</summary>
    public string Cursor(string list)
    {
        var own = harvest.CursorsOf(list);
        var lists = harvest.CursorLists;
        var any = lists.Count > 0 ? harvest.CursorsOf(random.Pick(lists)) : [];
        return random.Choose(own.Count > 0 ? 4 : 0, any.Count > 0 ? 2 : 0, harvest.CursorsOf(list + "@ordered").Count > 0 ? 1 : 0, any.Count > 0 ? 2 : 0, 1) switch
        {
            0 => random.Pick(own),
            1 => random.Pick(any),
            2 => random.Pick(harvest.CursorsOf(list + "@ordered")),
            3 => Mangle(random.Pick(any)),
            _ => random.Chance(0.5) ? random.Pick(Hostile) : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(random.Pick(["k1:", "{}", "k1:123abc", "[1,2]", "\0\0\0\0", Word()]))),
        };
    }

    /// <summary>An id for <c>node(id:)</c>: a real one, or one this server never issued.</summary>
    public string Id()
    {
        var real = harvest.Ids;
        var nodeTypes = schema.ObjectTypes.Where(t => t.Fields.Any(f => f.Name == "id")).Select(t => t.Name).ToList();
        return random.Choose(real.Count > 0 ? 5 : 0, 2, real.Count > 0 ? 1 : 0, 1) switch
        {
            0 => random.Pick(real),
            1 => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{(random.Chance(0.7) ? random.Pick(nodeTypes) : random.Pick(TypeNames))}:{random.Pick(Keys)}")),
            2 => Mangle(random.Pick(real)),
            _ => random.Chance(0.5) ? random.Pick(Hostile) : Convert.ToBase64String(Encoding.UTF8.GetBytes(Word() + ":1")),
        };
    }

    public string Date() => random.Pick(Dates);

    public string DateTime() => random.Pick(DateTimes);

    private string Piece(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var start = random.Between(0, value.Length - 1);
        var piece = value.Substring(start, random.Between(1, value.Length - start));
        return random.Chance(0.3) ? piece.ToUpperInvariant() : piece;
    }

    private string Mangle(string token)
    {
        if (token.Length == 0)
        {
            return "x";
        }

        var chars = token.ToCharArray();
        return random.Between(0, 5) switch
        {
            0 => token[..random.Between(0, token.Length - 1)],
            1 => token + random.Pick(["=", "==", "A", "%3D", " "]),
            2 => ReplaceOne(chars),
            3 => token.ToUpperInvariant(),
            4 => token.Replace('-', '+').Replace('_', '/'),
            _ => string.Concat(Enumerable.Repeat(token, random.Between(2, 20))),
        };
    }

    private string ReplaceOne(char[] chars)
    {
        var index = random.Between(0, chars.Length - 1);
        chars[index] = chars[index] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
