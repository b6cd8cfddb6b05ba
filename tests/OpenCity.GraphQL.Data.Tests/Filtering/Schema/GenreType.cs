using OpenCity.GraphQL.Data.Tests.Library;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class GenreType() : DescribedEnumerationGraphType<Genre>(
    "The kind of book.",
    new Dictionary<Genre, string>
    {
        [Genre.Novel] = "A novel.",
        [Genre.Poetry] = "Poems.",
        [Genre.History] = "History.",
        [Genre.Science] = "Science.",
    });
