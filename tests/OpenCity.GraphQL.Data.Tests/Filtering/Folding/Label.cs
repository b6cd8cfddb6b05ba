namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

/// <summary>A piece of text to fold: one character, or text with LIKE's wildcards in it.</summary>
public sealed class Label
{
    public long Id { get; set; }

    public string? Text { get; set; }
}
