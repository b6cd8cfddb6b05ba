using System.Text;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

/// <summary>Every character of Latin-1 and some beyond, each alone and all in one text, then texts with LIKE's wildcards, and no text.</summary>
public static class LabelData
{
    /// <summary>
    /// Latin-1 (but NUL, which PostgreSQL text cannot hold), then letters that other foldings
    /// change: Ā, dotted and dotless i, Ÿ (whose small letter ÿ is Latin-1), long s, the title-case
    /// ǅ, Greek sigmas, Cyrillic, capital sharp s, the Kelvin and Ångström signs, a full-width A,
    /// and two characters outside the BMP (an emoji and a Deseret capital).
    /// </summary>
    public static IReadOnlyList<string> Characters { get; } =
    [
        .. Enumerable.Range(1, 255).Select(c => ((char)c).ToString()),
        .. new[] { 0x100, 0x101, 0x130, 0x131, 0x178, 0x17F, 0x1C5, 0x391, 0x3A3, 0x3C2, 0x401, 0x451, 0x1E9E, 0x212A, 0x212B, 0xFF21, 0x1F600, 0x10400 }
            .Select(char.ConvertFromUtf32),
    ];

    /// <summary>Texts where LIKE's <c>%</c>, <c>_</c> and escape character <c>\</c> must be taken literally.</summary>
    public static IReadOnlyList<string> Wildcards { get; } =
    [
        "100%", "100 percent", "A_B", "AxB", "a\\b", "A\\\\B", "50%_OFF\\", "%", "_", "\\", "x%y_z", "xAyBz", "",
    ];

    public static List<Label> Create()
    {
        var all = new StringBuilder();
        Characters.ToList().ForEach(c => all.Append(c));
        // Once, and thrice (longer than what SQLite's function folds on the stack).
        string[] together = [all.ToString(), string.Concat(Enumerable.Repeat(all.ToString(), 3))];
        return [.. Characters.Concat(together).Concat(Wildcards).Select((text, i) => new Label { Id = i + 1, Text = text }).Append(new Label { Id = 10_000 })];
    }
}
