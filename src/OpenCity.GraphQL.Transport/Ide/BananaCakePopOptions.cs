namespace OpenCity.GraphQL.Transport.Ide;

/// <summary>The Banana Cake Pop IDE served under the GraphQL endpoint, bound from <c>OpenCity:GraphQL:Ide</c>.</summary>
public sealed class BananaCakePopOptions
{
    public const string SectionName = "OpenCity:GraphQL:Ide";

    /// <summary>Whether browsers opening the endpoint get the IDE.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The IDE's title; null keeps "Banana Cake Pop".</summary>
    public string? Title { get; set; }

    /// <summary>The document a new tab opens with; null for the IDE's default.</summary>
    public string? Document { get; set; }

    /// <summary>Whether the IDE sends cookies with its GraphQL requests.</summary>
    public bool IncludeCookies { get; set; }
}
