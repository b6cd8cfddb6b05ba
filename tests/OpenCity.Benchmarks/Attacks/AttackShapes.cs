using System.Text.Json.Nodes;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// The shapes of issue 8's "What was observed", each built as the issue describes it, after a
/// baseline showing ordinary work. Inspections of answers (stack traces, CORS) live in
/// <see cref="AttackInspections"/>.
/// </summary>
public static class AttackShapes
{
    /// <summary>The README's page query: ordinary work, also used to warm a freshly started server up.</summary>
    public const string ReadmePage =
        "{ components(where: { kind: { eq: STREETLIGHT }, status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50) { nodes { code name kind status installedOn } pageInfo { endCursor } } }";

    private const string OrQuery = "query($w: CityComponentFilterInput) { components(where: $w, first: 1) { totalCount } }";
    private const string DistanceQuery = "query($g: GeoJSON!) { components(where: { geometry: { distance: { geometry: $g, lt: 500 } } }) { totalCount } }";

    private const string TinyBufferQuery = "query($g: GeoJSON!) { components(where: { geometry: { intersects: { geometry: $g, buffer: 5e-324 } } }) { totalCount } }";

    public static IReadOnlyList<AttackShape> All { get; } =
    [
        new("readme-page", "Baseline: the README's page of operational streetlights, to show ordinary work beside the attacks.", _ => AttackRequest.Post(ReadmePage)),
        new("or-35000", "An `or` of 35,000 code branches (~864 KB): overflowed the stack in EF Core's funcletizer, killing the process.", _ =>
            AttackRequest.Post(OrQuery, new JsonObject { ["w"] = AttackDocuments.OrOfCodes(35_000) })),
        new("or-1100", "An `or` of 1,100 code branches: SQLite's \"Expression tree is too large\" surfaced as INTERNAL_ERROR.", _ =>
            AttackRequest.Post(OrQuery, new JsonObject { ["w"] = AttackDocuments.OrOfCodes(1_100) })),
        new("distance-400", "A `distance` filter against a 400-vertex line (6 KB): 13.5 s, the query geometry re-projected for every row.", facts =>
            AttackRequest.Post(DistanceQuery, new JsonObject { ["g"] = AttackDocuments.RandomWalk(facts.Extent, 400) })),
        new("distance-1000", "The same against a 1,000-vertex line: over 60 s.", facts =>
            AttackRequest.Post(DistanceQuery, new JsonObject { ["g"] = AttackDocuments.RandomWalk(facts.Extent, 1_000) })),
        new("buffer-line-1000", "`within` a 10 m metre buffer of a 1,000-vertex line: 20 s of buffering.", facts => AttackRequest.Post(
            "query($g: GeoJSON!) { components(where: { geometry: { within: { geometry: $g, buffer: 10 } } }) { totalCount } }",
            new JsonObject { ["g"] = AttackDocuments.RandomWalk(facts.Extent, 1_000) })),
        new("buffer-multipoint-500", "`intersects` a 10 m buffer of a MultiPoint of 500 identical points: over 15 s.", facts => AttackRequest.Post(
            "query($g: GeoJSON!) { components(where: { geometry: { intersects: { geometry: $g, buffer: 10 } } }) { totalCount } }",
            new JsonObject { ["g"] = AttackDocuments.SamePoints(facts.Extent, 500) })),
        new("buffer-5e-324", "A buffer of 5e-324 m around a small square: NaN in the buffer was seen answered INTERNAL_ERROR.", facts => AttackRequest.Post(
            TinyBufferQuery, new JsonObject { ["g"] = AttackDocuments.Square(facts.Extent) })),
        new("buffer-5e-324-point", "The same tiny buffer around a Point, the form that gives the INTERNAL_ERROR on today's server.", facts => AttackRequest.Post(
            TinyBufferQuery, new JsonObject { ["g"] = AttackDocuments.Centre(facts.Extent) })),
        new("aliases-200", "200 aliases of 500 components with links and ancestors (33 KB): 10.8 s, a 40 MB answer, 128 → 886 MB of memory.", _ =>
            AttackRequest.Post(AttackDocuments.Aliases(200, "components(first: 500) { nodes { code name kind status geometry links { to { code } } unit { ancestors { name } } } }"))),
        new("nested-components-4", "Components of the unit of each of 40 components, four levels deep (~200 bytes): 10 s, 57 MB.", _ =>
            AttackRequest.Post($"{{ {AttackDocuments.NestedComponents(4)} }}")),
        new("nodes-100-same-unit", "`nodes(ids:)` with the city's id 100 times, 500 components each: 9.4 MB.", facts => AttackRequest.Post(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on GovernanceUnit { components(first: 500) { nodes { code name geometry } } } } }",
            new JsonObject { ["ids"] = new JsonArray([.. Enumerable.Repeat(facts.CityId, 100).Select(id => (JsonNode)id)]) })),
        new("abandoned-expensive", "distance-1000 abandoned by the client after 3 s: the server kept working for seconds to minutes.", facts =>
            AttackRequest.Post(DistanceQuery, new JsonObject { ["g"] = AttackDocuments.RandomWalk(facts.Extent, 1_000) }))
        {
            ClientTimeout = TimeSpan.FromSeconds(3),
        },
        new("ignorecase-or-10", "Ten `containsIgnoreCase` on names in an `or` (56 nested replace() per column): 10 s the first time.", _ => AttackRequest.Post(
            "query($w: CityComponentFilterInput) { components(where: $w) { totalCount } }",
            new JsonObject { ["w"] = new JsonObject { ["or"] = new JsonArray([.. Enumerable.Range(0, 10).Select(i => (JsonNode)new JsonObject { ["name"] = new JsonObject { ["containsIgnoreCase"] = $"zz{i}" } })]) } })),
        new("ignorecase-per-unit", "A `containsIgnoreCase` count under each of 500 units: over 30 s.", _ => AttackRequest.Post(
            "{ governanceUnits(first: 500) { nodes { components(where: { name: { containsIgnoreCase: \"zz\" } }) { totalCount } } } }")),
        new("in-30000", "An `in` list of 30,000 codes: 19 s.", _ => AttackRequest.Post(
            "query($codes: [String]) { components(where: { code: { in: $codes } }) { totalCount } }",
            new JsonObject { ["codes"] = AttackDocuments.Codes(30_000) })),
        new("deep-selection-61", "`city` with 61 nested `parent` selections: past the parser's maximum depth, answered 500 INTERNAL_ERROR.", _ =>
            AttackRequest.Post(AttackDocuments.DeepSelection(61))),
        new("deep-list-literal", "A list literal nested 200 deep in an argument: the parser's maximum depth again.", _ =>
            AttackRequest.Post($"{{ components(where: {{ code: {{ in: {AttackDocuments.DeepList(200)} }} }}) {{ totalCount }} }}")),
        new("errors-20000", "20,000 unknown fields on the city (129 KB): 20,000 errors, 6.6 MB.", _ =>
            AttackRequest.Post(AttackDocuments.UnknownFields(20_000))),
        new("invalid-paging-dev-details", "`first: -1`, in Production and in Development: whether the error carries extensions.details or a stack trace.", _ =>
            AttackRequest.Post("{ components(first: -1) { totalCount } }"))
        {
            AlsoInDevelopment = true,
            Inspect = AttackInspections.Details,
        },
        new("options-preflight", "A browser's CORS preflight from another origin: 405 today, no CORS headers.", _ => AttackRequest.Bodiless(
            HttpMethod.Options,
            new Dictionary<string, string> { ["Origin"] = "https://example.org", ["Access-Control-Request-Method"] = "POST" }))
        {
            Inspect = AttackInspections.Cors,
        },
    ];
}
