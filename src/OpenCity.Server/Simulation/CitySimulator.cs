using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCity.Server.Ingestion;

namespace OpenCity.Server.Simulation;

/// <summary>
/// Drives a running server through its public API, as operators and citizens would: readings
/// through <c>POST /ingest/readings</c>, failures and repairs through <c>updateComponentStatus</c>
/// (with the operator's token given), reports through <c>submitServiceRequest</c> without a token.
/// What happens is the <see cref="SimulationPlanner"/>'s; this only sends it, second by second.
/// </summary>
public sealed class CitySimulator(HttpClient client, string token, TextWriter log)
{
    private const string CityQuery = """
        {
          sensors: components(where: { kind: { eq: SENSOR }, status: { eq: OPERATIONAL } }, order: [{ code: ASC }], first: 200) {
            nodes { code latestReading { metric value unitOfMeasure } }
          }
          assets: components(where: { kind: { in: [STREETLIGHT, HYDRANT, MANHOLE, BUS_STOP, TRAFFIC_SIGNAL] }, status: { eq: OPERATIONAL } }, order: [{ code: DESC }], first: 200) {
            nodes { code geometry }
          }
          serviceRequestCategories { code }
        }
        """;

    private const string StatusMutation = """
        mutation ($input: UpdateComponentStatusInput!) { updateComponentStatus(input: $input) { errors { ... on Error { code } } } }
        """;

    private const string ReportMutation = """
        mutation ($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { receipt { code } errors { ... on Error { code } } } }
        """;

    /// <summary>Reads the city the simulation acts on (with the token: an operator sees its restricted sensors too).</summary>
    public async Task<SimulatedCity> LoadCityAsync(CancellationToken cancellationToken)
    {
        var data = await GraphQLAsync(CityQuery, null, withToken: true, cancellationToken) ?? throw new InvalidOperationException("The server did not answer the city query.");
        var sensors = data["sensors"]!["nodes"]!.AsArray()
            .Where(n => n!["latestReading"] is JsonObject)
            .Select(n => new SimulatedSensor(
                n!["code"]!.GetValue<string>(),
                n["latestReading"]!["metric"]!.GetValue<string>(),
                n["latestReading"]!["unitOfMeasure"]!.GetValue<string>(),
                n["latestReading"]!["value"]!.GetValue<double>()))
            .ToList();
        var assets = data["assets"]!["nodes"]!.AsArray()
            .Select(n => (Code: n!["code"]!.GetValue<string>(), Position: FirstPosition(n["geometry"]!)))
            .Select(a => new SimulatedAsset(a.Code, a.Position[0]!.GetValue<double>(), a.Position[1]!.GetValue<double>()))
            .ToList();
        var categories = data["serviceRequestCategories"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        return new SimulatedCity(sensors, assets, categories);
    }

    /// <summary>Runs the plan until <see cref="SimulationSettings.Seconds"/> have passed or it is cancelled; returns what was sent and refused.</summary>
    public async Task<SimulationTotals> RunAsync(SimulationSettings settings, SimulatedCity city, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(city);
        var planner = new SimulationPlanner(settings, city);
        var totals = new SimulationTotals();
        var started = clock.GetTimestamp();
        for (var tick = 0; settings.Seconds is not { } seconds || tick < seconds; tick++)
        {
            // Second by second on the clock, however long the requests of the last one took.
            var due = TimeSpan.FromSeconds(tick) - clock.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, clock, cancellationToken);
            }

            var actions = planner.Next(tick);
            await SendReadingsAsync(city, actions.OfType<SimulationAction.Reading>().ToList(), clock.GetUtcNow().UtcDateTime, totals, cancellationToken);
            foreach (var action in actions)
            {
                switch (action)
                {
                    case SimulationAction.Failure failure:
                        totals.Count("failures", await SetStatusAsync(city.Assets[failure.Asset].Code, "FAILED", "simulated failure", cancellationToken));
                        break;
                    case SimulationAction.Repair repair:
                        totals.Count("repairs", await SetStatusAsync(city.Assets[repair.Asset].Code, "OPERATIONAL", "simulated repair", cancellationToken));
                        break;
                    case SimulationAction.Report report:
                        totals.Count("reports", await ReportAsync(report, cancellationToken));
                        break;
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t={tick,5}s  {totals}"));
        }

        return totals;
    }

    private async Task SendReadingsAsync(SimulatedCity city, IReadOnlyList<SimulationAction.Reading> readings, DateTime now, SimulationTotals totals, CancellationToken cancellationToken)
    {
        if (readings.Count == 0)
        {
            return;
        }

        var body = new StringBuilder();
        foreach (var reading in readings)
        {
            var sensor = city.Sensors[reading.Sensor];
            body.Append(JsonSerializer.Serialize(new { component = sensor.Code, metric = sensor.Metric, measuredAt = now, value = reading.Value, unit = sensor.Unit })).Append('\n');
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, IngestionEndpoints.Path) { Content = new StringContent(body.ToString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        totals.Count("readings", response.IsSuccessStatusCode, readings.Count);
    }

    private async Task<bool> SetStatusAsync(string code, string status, string note, CancellationToken cancellationToken)
    {
        var data = await GraphQLAsync(StatusMutation, new { input = new { code, status, note } }, withToken: true, cancellationToken);
        return data?["updateComponentStatus"]?["errors"] is null && data is not null;
    }

    private async Task<bool> ReportAsync(SimulationAction.Report report, CancellationToken cancellationToken)
    {
        var input = new
        {
            category = report.Category,
            description = report.Description,
            location = new { type = "Point", coordinates = new[] { report.Longitude, report.Latitude } },
            idempotencyKey = report.IdempotencyKey,
        };
        var data = await GraphQLAsync(ReportMutation, new { input }, withToken: false, cancellationToken);
        return data?["submitServiceRequest"]?["receipt"] is JsonObject;
    }

    /// <summary>The answer's <c>data</c>, or null when it carries errors.</summary>
    private async Task<JsonObject?> GraphQLAsync(string query, object? variables, bool withToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        return body?["errors"] is null ? body?["data"] as JsonObject : null;
    }

    private static JsonArray FirstPosition(JsonNode geometry)
    {
        var coordinates = geometry["coordinates"]!;
        while (coordinates[0] is JsonArray inner)
        {
            if (inner[0] is not JsonArray)
            {
                return inner;
            }

            coordinates = inner;
        }

        return coordinates.AsArray();
    }
}
