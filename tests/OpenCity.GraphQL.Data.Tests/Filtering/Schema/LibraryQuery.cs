using System.Linq.Expressions;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Tests.Library;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

public sealed class LibraryQuery : ObjectGraphType
{
    private static readonly SortKey<Book> ById = new((Expression<Func<Book, long>>)(b => b.Id), false);

    public LibraryQuery(IDbContextFactory<LibraryContext> contexts)
    {
        Name = "Query";
        Description = "The library.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books")
            .Description("Books, filtered and sorted; ties broken by id.")
            .WithFilterArgument(typeof(BookFilterInputType))
            .WithSortArgument(typeof(BookSortInputType))
            .ResolveAsync(async context =>
            {
                await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
                var keys = context.GetSortKeys<Book>().Append(ById);
                return await db.Books.AsNoTracking().ApplyFilter(context).ApplySort(keys).ToListAsync(context.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sortKeys")
            .Description("The sort keys read from `order`, for tests of the reader itself.")
            .WithSortArgument(typeof(BookSortInputType))
            .Resolve(context => context.GetSortKeys<Book>().Select(k => $"{k.Key} {(k.Descending ? "DESC" : "ASC")}").ToList());
    }
}
