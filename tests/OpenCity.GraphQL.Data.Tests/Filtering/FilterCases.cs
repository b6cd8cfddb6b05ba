using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering;

/// <summary>Filters written as a client writes them, each with its LINQ-to-Objects oracle.</summary>
public static class FilterCases
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    public static IReadOnlyDictionary<string, (string Where, Func<Book, bool> Oracle)> All { get; } =
        new Dictionary<string, (string, Func<Book, bool>)>
        {
            // Text, exact
            ["title eq"] = ("{ title: { eq: \"iron salt\" } }", b => b.Title == "iron salt"),
            ["title neq"] = ("{ title: { neq: \"iron salt\" } }", b => b.Title != "iron salt"),
            ["title contains is case-sensitive"] = ("{ title: { contains: \"Stone\" } }", b => b.Title.Contains("Stone", Ordinal)),
            ["title contains lowercase finds nothing"] = ("{ title: { contains: \"stone\" } }", b => b.Title.Contains("stone", Ordinal)),
            ["title ncontains"] = ("{ title: { ncontains: \"Stone\" } }", b => !b.Title.Contains("Stone", Ordinal)),
            ["title startsWith"] = ("{ title: { startsWith: \"river\" } }", b => b.Title.StartsWith("river", Ordinal)),
            ["title startsWith is case-sensitive"] = ("{ title: { startsWith: \"River\" } }", b => b.Title.StartsWith("River", Ordinal)),
            ["title nstartsWith"] = ("{ title: { nstartsWith: \"river\" } }", b => !b.Title.StartsWith("river", Ordinal)),
            ["title endsWith"] = ("{ title: { endsWith: \"Quiet\" } }", b => b.Title.EndsWith("Quiet", Ordinal)),
            ["title endsWith is case-sensitive"] = ("{ title: { endsWith: \"quiet\" } }", b => b.Title.EndsWith("quiet", Ordinal)),
            ["title nendsWith"] = ("{ title: { nendsWith: \"Quiet\" } }", b => !b.Title.EndsWith("Quiet", Ordinal)),
            ["title in"] = ("{ title: { in: [\"iron salt\", \"river Stone\", \"nothing\"] } }", b => b.Title is "iron salt" or "river Stone"),
            ["title nin"] = ("{ title: { nin: [\"iron salt\", \"river Stone\"] } }", b => b.Title is not ("iron salt" or "river Stone")),
            ["title in empty"] = ("{ title: { in: [] } }", _ => false),
            ["title nin empty"] = ("{ title: { nin: [] } }", _ => true),
            ["title accented contains"] = ("{ title: { contains: \"Ärger\" } }", b => b.Title.Contains("Ärger", Ordinal)),
            ["title percent and underscore are literal"] = ("{ title: { contains: \"%\" } }", b => b.Title.Contains('%', Ordinal)),

            // Text, ignoring case
            ["title eqIgnoreCase"] = ("{ title: { eqIgnoreCase: \"IRON SALT\" } }", b => Fold(b.Title) == "iron salt"),
            ["title neqIgnoreCase"] = ("{ title: { neqIgnoreCase: \"IRON SALT\" } }", b => Fold(b.Title) != "iron salt"),
            ["title containsIgnoreCase"] = ("{ title: { containsIgnoreCase: \"sToNe\" } }", b => Fold(b.Title).Contains("stone", Ordinal)),
            ["title ncontainsIgnoreCase"] = ("{ title: { ncontainsIgnoreCase: \"STONE\" } }", b => !Fold(b.Title).Contains("stone", Ordinal)),
            ["title startsWithIgnoreCase"] = ("{ title: { startsWithIgnoreCase: \"RIVER\" } }", b => Fold(b.Title).StartsWith("river", Ordinal)),
            ["title nstartsWithIgnoreCase"] = ("{ title: { nstartsWithIgnoreCase: \"RIVER\" } }", b => !Fold(b.Title).StartsWith("river", Ordinal)),
            ["title endsWithIgnoreCase"] = ("{ title: { endsWithIgnoreCase: \"quiet\" } }", b => Fold(b.Title).EndsWith("quiet", Ordinal)),
            ["title nendsWithIgnoreCase"] = ("{ title: { nendsWithIgnoreCase: \"QUIET\" } }", b => !Fold(b.Title).EndsWith("quiet", Ordinal)),
            ["title accented containsIgnoreCase"] = ("{ title: { containsIgnoreCase: \"ärger\" } }", b => b.Title.Contains("Ärger", Ordinal) || b.Title.Contains("ärger", Ordinal)),
            ["title accented startsWithIgnoreCase"] = ("{ title: { startsWithIgnoreCase: \"ÄRGER\" } }", b => b.Title.StartsWith("Ärger", Ordinal)),

            // Nullable text through a related object
            ["author country eq"] = ("{ author: { country: { eq: \"NO\" } } }", b => b.Author?.Country == "NO"),
            ["author country neq keeps null countries"] = ("{ author: { country: { neq: \"NO\" } } }", b => b.Author is not null && b.Author.Country != "NO"),
            ["author country eq null"] = ("{ author: { country: { eq: null } } }", b => b.Author is not null && b.Author.Country is null),
            ["author country neq null"] = ("{ author: { country: { neq: null } } }", b => b.Author?.Country is not null),
            ["author country in with null"] = ("{ author: { country: { in: [\"NO\", null] } } }", b => b.Author is not null && b.Author.Country is "NO" or null),
            ["author country nin keeps nulls"] = ("{ author: { country: { nin: [\"NO\", \"FR\"] } } }", b => b.Author is not null && b.Author.Country is not ("NO" or "FR")),
            ["author country nin with null"] = ("{ author: { country: { nin: [\"NO\", null] } } }", b => b.Author is not null && b.Author.Country is not ("NO" or null)),
            ["author country startsWith drops nulls"] = ("{ author: { country: { startsWith: \"N\" } } }", b => b.Author?.Country?.StartsWith('N') == true),
            ["author country nstartsWith keeps nulls"] = ("{ author: { country: { nstartsWith: \"N\" } } }", b => b.Author is not null && b.Author.Country?.StartsWith('N') != true),
            ["author country ncontainsIgnoreCase keeps nulls"] = ("{ author: { country: { ncontainsIgnoreCase: \"o\" } } }", b => b.Author is not null && b.Author.Country?.Contains('O', Ordinal) != true),
            ["author name startsWith"] = ("{ author: { name: { startsWith: \"river\" } } }", b => b.Author?.Name.StartsWith("river", Ordinal) == true),
            ["author name neq excludes books without author"] = ("{ author: { name: { neq: \"x\" } } }", b => b.Author is not null),

            // Has no author (HC #5102) and has an author
            ["author null"] = ("{ author: null }", b => b.Author is null),
            ["author empty object"] = ("{ author: {} }", b => b.Author is not null),
            ["or author null or country"] = ("{ or: [{ author: null }, { author: { country: { eq: \"FR\" } } }] }", b => b.Author is null || b.Author.Country == "FR"),

            // Whole numbers
            ["pages eq"] = ("{ pages: { eq: 300 } }", b => b.Pages == 300),
            ["pages neq"] = ("{ pages: { neq: 300 } }", b => b.Pages != 300),
            ["pages gt"] = ("{ pages: { gt: 300 } }", b => b.Pages > 300),
            ["pages ngt"] = ("{ pages: { ngt: 300 } }", b => b.Pages <= 300),
            ["pages gte"] = ("{ pages: { gte: 300 } }", b => b.Pages >= 300),
            ["pages ngte"] = ("{ pages: { ngte: 300 } }", b => b.Pages < 300),
            ["pages lt"] = ("{ pages: { lt: 100 } }", b => b.Pages < 100),
            ["pages nlt"] = ("{ pages: { nlt: 100 } }", b => b.Pages >= 100),
            ["pages lte"] = ("{ pages: { lte: 100 } }", b => b.Pages <= 100),
            ["pages nlte"] = ("{ pages: { nlte: 100 } }", b => b.Pages > 100),
            ["pages in"] = ("{ pages: { in: [50, 75, 100] } }", b => b.Pages is 50 or 75 or 100),
            ["pages nin"] = ("{ pages: { nin: [50, 75, 100] } }", b => b.Pages is not (50 or 75 or 100)),
            ["pages range"] = ("{ pages: { gte: 100, lt: 200 } }", b => b.Pages is >= 100 and < 200),
            ["pages eq null matches nothing"] = ("{ pages: { eq: null } }", _ => false),
            ["id in"] = ("{ id: { in: [1, 2, 3, 400, 401] } }", b => b.Id is 1 or 2 or 3 or 400),
            ["id gt"] = ("{ id: { gt: 390 } }", b => b.Id > 390),

            // Nullable decimal numbers
            ["price eq null"] = ("{ price: { eq: null } }", b => b.Price is null),
            ["price neq null"] = ("{ price: { neq: null } }", b => b.Price is not null),
            ["price gt drops nulls"] = ("{ price: { gt: 20.5 } }", b => b.Price > 20.5),
            ["price ngt keeps nulls"] = ("{ price: { ngt: 20.5 } }", b => !(b.Price > 20.5)),
            ["price lte"] = ("{ price: { lte: 10 } }", b => b.Price <= 10),
            ["price nlte keeps nulls"] = ("{ price: { nlte: 10 } }", b => !(b.Price <= 10)),
            ["price neq value keeps nulls"] = ("{ price: { neq: 10.5 } }", b => b.Price != 10.5),
            ["price in with null"] = ("{ price: { in: [null] } }", b => b.Price is null),
            ["price in"] = ("{ price: { in: [23.9, 16.77, 99.99] } }", b => b.Price is 23.9 or 16.77),

            // Moments and dates
            ["publishedAt gt"] = ("{ publishedAt: { gt: \"2000-01-01T00:00:00Z\" } }", b => b.PublishedAt > new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            ["publishedAt range"] = ("{ publishedAt: { gte: \"1970-01-01T00:00:00Z\", lt: \"1980-01-01T12:00:00Z\" } }", b => b.PublishedAt >= new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc) && b.PublishedAt < new DateTime(1980, 1, 1, 12, 0, 0, DateTimeKind.Utc)),
            ["publishedAt nlt"] = ("{ publishedAt: { nlt: \"1990-06-01T00:00:00Z\" } }", b => b.PublishedAt >= new DateTime(1990, 6, 1, 0, 0, 0, DateTimeKind.Utc)),
            ["publishedAt in"] = (
                "{ publishedAt: { in: [\"1996-05-02T21:00:00Z\", \"1973-08-03T06:00:00Z\", \"1973-08-03T07:00:00Z\"] } }",
                b => b.PublishedAt == new DateTime(1996, 5, 2, 21, 0, 0, DateTimeKind.Utc) || b.PublishedAt == new DateTime(1973, 8, 3, 6, 0, 0, DateTimeKind.Utc)),
            ["author born gt drops nulls"] = ("{ author: { born: { gt: \"1950-01-01\" } } }", b => b.Author?.Born > new DateOnly(1950, 1, 1)),
            ["author born ngt keeps nulls"] = ("{ author: { born: { ngt: \"1950-01-01\" } } }", b => b.Author is not null && !(b.Author.Born > new DateOnly(1950, 1, 1))),
            ["author born eq null"] = ("{ author: { born: { eq: null } } }", b => b.Author is not null && b.Author.Born is null),
            ["author born in"] = ("{ author: { born: { in: [\"1903-02-02\", \"1906-03-03\"] } } }", b => b.Author?.Born == new DateOnly(1903, 2, 2) || b.Author?.Born == new DateOnly(1906, 3, 3)),

            // Enum and yes/no
            ["genre eq"] = ("{ genre: { eq: NOVEL } }", b => b.Genre == Genre.Novel),
            ["genre neq"] = ("{ genre: { neq: POETRY } }", b => b.Genre != Genre.Poetry),
            ["genre in"] = ("{ genre: { in: [HISTORY, SCIENCE] } }", b => b.Genre is Genre.History or Genre.Science),
            ["genre nin"] = ("{ genre: { nin: [NOVEL] } }", b => b.Genre != Genre.Novel),
            ["inPrint eq"] = ("{ inPrint: { eq: true } }", b => b.InPrint),
            ["inPrint neq"] = ("{ inPrint: { neq: true } }", b => !b.InPrint),

            // Lists
            ["reviews some"] = ("{ reviews: { some: { stars: { gte: 4 } } } }", b => b.Reviews.Any(r => r.Stars >= 4)),
            ["reviews all"] = ("{ reviews: { all: { stars: { gte: 3 } } } }", b => b.Reviews.All(r => r.Stars >= 3)),
            ["reviews none"] = ("{ reviews: { none: { stars: { eq: 1 } } } }", b => !b.Reviews.Any(r => r.Stars == 1)),
            ["reviews any true"] = ("{ reviews: { any: true } }", b => b.Reviews.Count > 0),
            ["reviews any false"] = ("{ reviews: { any: false } }", b => b.Reviews.Count == 0),
            ["reviews some empty"] = ("{ reviews: { some: {} } }", b => b.Reviews.Count > 0),
            ["reviews all empty"] = ("{ reviews: { all: {} } }", _ => true),
            ["reviews none empty"] = ("{ reviews: { none: {} } }", b => b.Reviews.Count == 0),
            ["reviews all text eq with nulls"] = ("{ reviews: { all: { text: { eq: \"ok\" } } } }", b => b.Reviews.All(r => r.Text == "ok")),
            ["reviews all text neq with nulls"] = ("{ reviews: { all: { text: { neq: \"ok\" } } } }", b => b.Reviews.All(r => r.Text != "ok")),
            ["reviews some text null"] = ("{ reviews: { some: { text: { eq: null } } } }", b => b.Reviews.Any(r => r.Text is null)),
            ["reviews all ncontains"] = ("{ reviews: { all: { text: { ncontains: \"o\" } } } }", b => b.Reviews.All(r => r.Text?.Contains('o', Ordinal) != true)),
            ["reviews some and none"] = ("{ reviews: { some: { stars: { eq: 5 } }, none: { stars: { lt: 2 } } } }", b => b.Reviews.Any(r => r.Stars == 5) && !b.Reviews.Any(r => r.Stars < 2)),

            // Combinations
            ["empty where"] = ("{}", _ => true),
            ["two fields"] = ("{ pages: { gt: 200 }, inPrint: { eq: true } }", b => b.Pages > 200 && b.InPrint),
            ["and"] = ("{ and: [{ pages: { gt: 200 } }, { genre: { eq: SCIENCE } }] }", b => b.Pages > 200 && b.Genre == Genre.Science),
            ["or"] = ("{ or: [{ pages: { lt: 100 } }, { price: { eq: null } }] }", b => b.Pages < 100 || b.Price is null),
            ["and empty keeps all"] = ("{ and: [] }", _ => true),
            ["or empty keeps nothing"] = ("{ or: [] }", _ => false),
            ["or with an empty filter keeps all"] = ("{ or: [{}, { pages: { eq: 50 } }] }", _ => true),
            ["nested or in author"] = ("{ author: { or: [{ country: { eq: \"NO\" } }, { born: { eq: null } }] } }", b => b.Author is not null && (b.Author.Country == "NO" || b.Author.Born is null)),
            ["or of ands with lists"] = (
                "{ or: [{ and: [{ inPrint: { eq: false } }, { reviews: { any: false } }] }, { reviews: { some: { stars: { eq: 5 } } }, author: { country: { neq: \"DE\" } } }] }",
                b => (!b.InPrint && b.Reviews.Count == 0) || (b.Reviews.Any(r => r.Stars == 5) && b.Author is not null && b.Author.Country != "DE")),
        };

    public static TheoryData<string> Names => [.. All.Keys];

    /// <summary>The folding the <c>…IgnoreCase</c> operations promise: A–Z and À–Þ (not ×) to small letters.</summary>
    public static string Fold(string text) =>
        string.Concat(text.Select(c => c is >= 'A' and <= 'Z' or >= 'À' and <= 'Þ' and not '×' ? (char)(c + 32) : c));
}
