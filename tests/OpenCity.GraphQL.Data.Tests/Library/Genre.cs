namespace OpenCity.GraphQL.Data.Tests.Library;

public enum Genre
{
    Novel = 0,
    Poetry = 1,
    History = 2,
    Science = 3,
}
