using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Utilities;
using OpenCity.GraphQL.Data.Tests.Filtering.Schema;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

/// <summary>
/// The generated input types, as SDL with descriptions, against a reviewed snapshot. On a
/// difference the new text is written beside it as <c>.received.graphql</c>: review it, then
/// replace the snapshot with it.
/// </summary>
public sealed class FilterSchemaTests(SqliteLibrary database) : IClassFixture<SqliteLibrary>
{
    [Fact]
    public async Task The_filter_and_sort_types_match_the_snapshot()
    {
        var sdl = new LibraryGraphQL(database).Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n");
        var snapshot = Path.Combine(SourceDirectory(), "__snapshots__", "FilterSchema.graphql");
        var received = Path.ChangeExtension(snapshot, ".received.graphql");

        var expected = File.Exists(snapshot) ? await File.ReadAllTextAsync(snapshot) : null;
        if (expected != sdl)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            await File.WriteAllTextAsync(received, sdl);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.Equal(expected, sdl);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
