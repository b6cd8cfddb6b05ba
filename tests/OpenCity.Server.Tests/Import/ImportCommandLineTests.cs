using OpenCity.Server.Hosting;
using OpenCity.Server.Import;

namespace OpenCity.Server.Tests.Import;

public sealed class ImportCommandLineTests
{
    [Fact]
    public void Import_takes_what_and_a_file()
    {
        Assert.True(CommandLine.TryGetCommand(["import", "units", "areas.geojson", "--OpenCity:Database:Provider=PostgreSql"], out var command));
        Assert.IsType<ImportCommand>(command);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "components")]
    [InlineData("import", "pipes", "a.geojson")]
    public void Import_without_a_target_and_a_file_is_a_usage_error(params string[] args) =>
        Assert.Throws<CommandLineException>(() => CommandLine.TryGetCommand(args, out _));
}
