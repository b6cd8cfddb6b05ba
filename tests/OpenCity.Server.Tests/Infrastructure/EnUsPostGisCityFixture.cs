namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// The PostGIS server on a database created with the <c>en_US.UTF-8</c> locale, whose default
/// order is not by code point ('a' before 'B', spaces and hyphens ignored at first): the parity
/// tests run on it too, to show that the answers do not depend on the database's locale.
/// </summary>
public sealed class EnUsPostGisCityFixture() : PostGisCityFixture(PostgresDatabase.EnUsLocale);
