using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering.Folding;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

/// <summary>
/// The <c>…IgnoreCase</c> operations with <see cref="CaseFoldingDbContextOptionsBuilderExtensions.UseCaseFolding"/>
/// (one SQL call per folded column) and without it (nested <c>replace()</c>): both fold every
/// character as the rule says, take LIKE's wildcards literally, and agree with LINQ-to-Objects.
/// </summary>
public abstract class CaseFoldingTests(LabelDatabase database, string foldFunction)
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private static readonly string[] Values = ["%", "_", "\\", "A_B", "0%", "%_o", "a\\B", "\\\\", "", "x%Y_z", "é", "ÿ"];

    private static readonly Dictionary<string, Func<string, string, bool>> Operations = new()
    {
        ["eqIgnoreCase"] = (text, value) => Fold(text) == Fold(value),
        ["containsIgnoreCase"] = (text, value) => Fold(text).Contains(Fold(value), Ordinal),
        ["startsWithIgnoreCase"] = (text, value) => Fold(text).StartsWith(Fold(value), Ordinal),
        ["endsWithIgnoreCase"] = (text, value) => Fold(text).EndsWith(Fold(value), Ordinal),
    };

    [Fact]
    public void Fold_in_dotnet_follows_the_rule_for_every_character()
    {
        var all = string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c));

        Assert.Equal(Fold(all), CaseFolding.Fold(all));
        Assert.Null(CaseFolding.Fold(null));
    }

    [Fact]
    public async Task Fold_in_sql_follows_the_rule_for_every_character()
    {
        await using var db = database.CreateContext(caseFolding: true);

        var folded = await db.Labels.OrderBy(l => l.Id).Select(l => new { l.Id, Text = CaseFolding.Fold(l.Text) }).ToListAsync();

        var expected = database.All.OrderBy(l => l.Id).Select(l => new { l.Id, Text = l.Text is null ? null : Fold(l.Text) });
        Assert.Equal(expected, folded);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task IgnoreCase_operations_match_the_oracle_and_take_wildcards_literally(bool caseFolding)
    {
        var graphQL = new LabelGraphQL(database, caseFolding);
        var failures = new List<string>();
        foreach (var (operation, oracle) in Operations)
        {
            foreach (var value in Values)
            {
                foreach (var negated in new[] { false, true })
                {
                    var name = negated ? $"n{operation}" : operation;
                    var expected = database.All.Where(l => l.Text is null ? negated : oracle(l.Text, value) != negated).Select(l => l.Id).Order();
                    var actual = await graphQL.LabelIdsAsync(new JsonObject { ["text"] = new JsonObject { [name] = value } });
                    if (!expected.SequenceEqual(actual))
                    {
                        failures.Add($"{name}: \"{value}\" kept [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{database.Provider}, case folding {caseFolding}:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task With_the_option_each_folded_column_is_one_function_call()
    {
        var sql = await FourOperationsSqlAsync(caseFolding: true);

        Assert.Equal(4, Regex.Count(sql, Regex.Escape(foldFunction + "(")));
        Assert.DoesNotContain("replace(", sql, Ordinal);
    }

    [Fact]
    public async Task Without_the_option_folding_is_nested_replace()
    {
        var sql = await FourOperationsSqlAsync(caseFolding: false);

        Assert.Equal(4 * 56, Regex.Count(sql, Regex.Escape("replace(")));
        Assert.DoesNotContain(foldFunction + "(", sql, Ordinal);
    }

    /// <summary>The independent statement of the rule, as the tests' oracles write it.</summary>
    private static string Fold(string text) => FilterCases.Fold(text);

    private async Task<string> FourOperationsSqlAsync(bool caseFolding)
    {
        var where = JsonNode.Parse("""
            { "or": [
              { "text": { "eqIgnoreCase": "a" } }, { "text": { "containsIgnoreCase": "b" } },
              { "text": { "startsWithIgnoreCase": "c" } }, { "text": { "nendsWithIgnoreCase": "d" } } ] }
            """)!.AsObject();
        database.ClearCommands();

        await new LabelGraphQL(database, caseFolding).LabelIdsAsync(where);

        return Assert.Single(database.Commands);
    }
}
