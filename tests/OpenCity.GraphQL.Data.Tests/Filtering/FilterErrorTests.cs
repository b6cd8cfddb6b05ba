using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Tests.Filtering.Schema;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

/// <summary>Filters without a meaning are GraphQL errors with a stable code, never a fault.</summary>
public sealed class FilterErrorTests(SqliteLibrary database) : IClassFixture<SqliteLibrary>
{
    private readonly LibraryGraphQL _graphQL = new(database);

    [Theory]
    [InlineData("{ price: { gt: null } }", "`gt: null`")]
    [InlineData("{ title: { ncontains: null } }", "`ncontains: null`")]
    [InlineData("{ title: { in: null } }", "`in: null`")]
    [InlineData("{ title: null }", "`title: { eq: null }`")]
    [InlineData("{ reviews: null }", "`reviews: { any: false }`")]
    [InlineData("{ reviews: { any: null } }", "`true` or `false`")]
    [InlineData("{ reviews: { some: null } }", "needs a filter")]
    [InlineData("{ and: null }", "needs a list")]
    public async Task A_null_without_meaning_is_an_invalid_filter_error(string where, string hint)
    {
        var (_, result) = await _graphQL.ExecuteAsync($"{{ books(where: {where}) {{ id }} }}");

        var error = Assert.Single(result.Errors!);
        Assert.Equal(FilterErrorCodes.InvalidFilter, error.Code);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ genre: { eq: FANTASY } }")]
    [InlineData("{ pages: { gt: \"many\" } }")]
    [InlineData("{ publisher: { eq: \"x\" } }")]
    [InlineData("{ title: { like: \"x\" } }")]
    [InlineData("{ author: { born: { eq: \"not a date\" } } }")]
    public async Task Wrong_names_and_types_are_validation_errors(string where)
    {
        var (_, result) = await _graphQL.ExecuteAsync($"{{ books(where: {where}) {{ id }} }}");

        var error = Assert.Single(result.Errors!);
        Assert.False(string.IsNullOrEmpty(error.Code));
    }
}
