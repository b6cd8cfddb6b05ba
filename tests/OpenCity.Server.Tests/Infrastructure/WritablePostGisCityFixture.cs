namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>A second seeded PostGIS city for the tests that write, so that the read tests' city never changes under them.</summary>
public sealed class WritablePostGisCityFixture : PostGisCityFixture;
