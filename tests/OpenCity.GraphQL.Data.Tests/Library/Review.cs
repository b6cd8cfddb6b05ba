namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class Review
{
    public long Id { get; set; }

    public long BookId { get; set; }

    public int Stars { get; set; }

    public string? Text { get; set; }
}
