using GraphQL;
using GraphQL.Execution;
using OpenCity.GraphQL.Transport.Execution;

namespace OpenCity.GraphQL.Transport.Tests.Execution;

public sealed class TransportErrorInfoProviderTests
{
    private static readonly UnhandledError Unhandled = new(
        "Error trying to resolve field 'boom'.",
        new InvalidOperationException("secret connection string") { Data = { ["server"] = "db-7" } });

    [Fact]
    public void Unexpected_exception_is_internal_error_without_details_by_default()
    {
        var info = new TransportErrorInfoProvider(exposeExceptionDetails: false).GetInfo(Unhandled);

        Assert.Equal("Error trying to resolve field 'boom'.", info.Message);
        Assert.Equal("INTERNAL_ERROR", info.Extensions!["code"]);
        Assert.False(info.Extensions.ContainsKey("details"));
        Assert.False(info.Extensions.ContainsKey("data"));
        Assert.False(info.Extensions.ContainsKey("codes"));
    }

    [Fact]
    public void Unexpected_exception_shows_its_details_when_exposed()
    {
        var info = new TransportErrorInfoProvider(exposeExceptionDetails: true).GetInfo(Unhandled);

        Assert.Equal("INTERNAL_ERROR", info.Extensions!["code"]);
        Assert.Contains("secret connection string", info.Extensions["details"]?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Exposed_details_name_types_and_methods_but_no_source_files()
    {
        var info = new TransportErrorInfoProvider(exposeExceptionDetails: true).GetInfo(new UnhandledError("Error trying to resolve field 'boom'.", Thrown()));

        var details = info.Extensions!["details"]?.ToString();
        Assert.Contains("System.InvalidOperationException: outer", details, StringComparison.Ordinal);
        Assert.Contains("System.FormatException: inner", details, StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), details, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", details, StringComparison.Ordinal);
        Assert.DoesNotContain(":line", details, StringComparison.Ordinal);
    }

    [Fact]
    public void Deliberate_error_keeps_its_code()
    {
        var info = new TransportErrorInfoProvider(exposeExceptionDetails: false).GetInfo(new ExecutionError("No such unit.") { Code = "NOT_FOUND" });

        Assert.Equal("No such unit.", info.Message);
        Assert.Equal("NOT_FOUND", info.Extensions!["code"]);
    }

    private static InvalidOperationException Thrown()
    {
        try
        {
            try
            {
                throw new FormatException("inner");
            }
            catch (FormatException inner)
            {
                throw new InvalidOperationException("outer", inner);
            }
        }
        catch (InvalidOperationException exception)
        {
            return exception;
        }
    }
}
