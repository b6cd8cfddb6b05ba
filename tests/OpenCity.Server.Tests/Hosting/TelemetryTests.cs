using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.Server.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>Traces (read from an in-memory exporter) and the Prometheus metrics at <c>/metrics</c>.</summary>
[Collection(CityCollection.Name)]
public sealed class TelemetryTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    [Fact]
    public async Task One_request_is_traced_from_http_through_its_graphql_operation_to_each_sql_statement_and_a_slow_one_logged_in_its_trace()
    {
        var spans = new List<Activity>();
        var log = new TraceLog();
        await using var server = new OpenCityServer(
            new Dictionary<string, string?>(sqlite.Settings) { ["OpenCity:Telemetry:SlowRequestThreshold"] = "00:00:00.000001" },
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .AddSingleton<ILoggerProvider>(log));

        await server.QueryDataAsync("query TracedCity { city { name children { code } } }");

        // The HTTP span ends after the answer is sent, so it may be exported just after the client has it.
        Activity[] trace = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            lock (spans)
            {
                var graphQL = spans.FirstOrDefault(s => s.Source.Name == GraphQLInstrumentation.Name && Equals(s.GetTagItem("graphql.operation.name"), "TracedCity"));
                trace = graphQL is null ? [] : [.. spans.Where(s => s.TraceId == graphQL.TraceId)];
            }

            if (trace.Any(s => s.Kind == ActivityKind.Server))
            {
                break;
            }

            await Task.Delay(20);
        }

        var http = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        var operation = Assert.Single(trace, s => s.Source.Name == GraphQLInstrumentation.Name);
        var statements = trace.Where(s => s.GetTagItem("db.statement") is string || s.GetTagItem("db.query.text") is string).ToList();

        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("query TracedCity", operation.DisplayName);
        Assert.NotNull(operation.GetTagItem("graphql.operation.estimated_cost"));
        Assert.NotEmpty(statements);

        // Each statement's span descends from the operation's, through the spans EF Core's instrumentation opens around a command.
        var byId = trace.ToDictionary(s => s.SpanId);
        Assert.All(statements, statement =>
        {
            var ancestor = statement;
            while (ancestor != operation && byId.TryGetValue(ancestor.ParentSpanId, out var parent))
            {
                Assert.Equal("db.system", parent == operation ? "db.system" : parent.Tags.First().Key);
                ancestor = parent;
            }

            Assert.Same(operation, ancestor);
        });

        // Every operation is "slow" here: its warning names it and its cost, inside its trace.
        var slow = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("TracedCity", StringComparison.Ordinal));
        Assert.Contains("estimated cost", slow.Message, StringComparison.Ordinal);
        Assert.Equal(operation.TraceId, slow.TraceId);
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Metrics_count_requests_by_operation_and_outcome_and_sql_statements_per_request(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        var name = "Metered" + provider;
        await server.QueryDataAsync($"query {name} {{ city {{ name }} }}");
        await server.PostAsync($"query {name}Broken {{ city {{ nope }} }}");

        var metrics = await server.Client.GetStringAsync("/metrics");

        Assert.Matches(Line("graphql_server_operations_total", $"graphql_operation_name=\"{name}\"", "outcome=\"success\""), metrics);
        Assert.Matches(Line("graphql_server_operations_total", $"graphql_operation_name=\"{name}Broken\"", "outcome=\"rejected\""), metrics);
        Assert.Matches(Line("graphql_server_errors_total", "error_code=\"FIELDS_ON_CORRECT_TYPE\""), metrics);
        Assert.Matches(Line("graphql_server_operation_cost_count", $"graphql_operation_name=\"{name}\""), metrics);
        Assert.Matches(new Regex(@"^opencity_db_statements_per_request_count\S* [1-9]", RegexOptions.Multiline), metrics);
        if (provider == "PostGIS")
        {
            // Npgsql's own connection pool metrics.
            Assert.Matches(new Regex(@"^db_client_connection\w*\{", RegexOptions.Multiline), metrics);
        }
    }

    // One sample line of the metric whose labels include every given one, with a positive value.
    private static Regex Line(string metric, params string[] labels) =>
        new("^" + Regex.Escape(metric) + @"\{" + string.Concat(labels.Select(label => "(?=[^}]*" + Regex.Escape(label) + ")")) + @"[^}]*\} [1-9]", RegexOptions.Multiline);

    /// <summary>Keeps what is logged with the trace it was logged in.</summary>
    private sealed class TraceLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message, ActivityTraceId TraceId)> _entries = new();

        public IReadOnlyList<(LogLevel Level, string Message, ActivityTraceId TraceId)> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue((logLevel, formatter(state, exception), Activity.Current?.TraceId ?? default));

        public void Dispose()
        {
        }
    }
}
