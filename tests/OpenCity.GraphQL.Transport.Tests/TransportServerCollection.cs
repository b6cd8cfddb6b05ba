namespace OpenCity.GraphQL.Transport.Tests;

/// <summary>One server for all transport tests; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class TransportServerCollection : ICollectionFixture<TransportServer>
{
    public const string Name = "Transport server";
}
