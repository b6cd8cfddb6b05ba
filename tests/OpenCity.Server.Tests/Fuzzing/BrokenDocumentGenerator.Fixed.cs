namespace OpenCity.Server.Tests.Fuzzing;

// Hand-written documents that each break one rule of the GraphQL grammar or validation.
public sealed partial class BrokenDocumentGenerator
{
    private static readonly string[] Fixed =
    [
        "", "   ", "# only a comment", "{}", "{ }", "query", "query {", "{ city", "}", "{ city { code } } }", "mutation { x }",
        "subscription { x }", "mutation M { __typename }", "subscription S { __typename }", "query Q { __typename } query Q { __typename }",
        "{ __typename } query Q { __typename }", "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }",
        "{ __typename } fragment U on Query { __typename }", "query ($a: Int) { __typename }", "query ($a: Nope) { __typename }",
        "query ($a: Int = \"x\") { __typename }", "query ($a: Int, $a: Int) { __typename }", "{ __typename @include }", "{ city(x: 1) { code } }",
        "{ city { code(x: 1) } }", "{ component(code: 1) { code } }", "{ component { code } }", "{ city { code code: name } }",
        "query @skip(if: true) { __typename }", "{ \"string\" }", "{ 123 }", "{ city { ... on Nope { code } } }", "{ city { ... on Query { __typename } } }",
        "{ city { ...F } } fragment F on GovernanceUnit { ...F }", "extend type Query { x: Int }", "type T { x: Int }", "schema { query: Query }",
        "directive @d on FIELD", "{ city { code } } trailing", "\uFEFF{ __typename }", "{ __typename }\u0000", "{ \u00e9 }",
        "query Q($a: [Int!]! = [null]) { __typename }", "{ component(code: \"\"\"SL-000001\"\"\") { code } }", "{ component(code: \"\"\"open) { code } }",
        "{ component(code: \"\\u12\") { code } }", "{ component(code: \"\\uD800\") { code } }", "{ component(code: \"\\u{1F600}\") { code } }",
        "{ components(first: 99999999999999999999999999999) { totalCount } }", "{ components(first: 1e99999) { totalCount } }",
        "{ components(first: 1.0) { totalCount } }", "{ components(first: -0) { totalCount } }", "{ city { code } } { city { name } }",
        "query { city { code } } mutation { city { code } }", "{ node(id: null) { id } }", "{ nodes(ids: null) { id } }", "{ nodes(ids: []) { id } }",
        "{ __type(name: \"CityComponent\") { fields { name type { ofType { ofType { ofType { name } } } } } } }", "{ ... on Query { ... on Query { __typename } } }",
        "{ city { ... @skip(if: false) { code } } }", "query ($c: String!) { component(code: $c) { code } }", "{ city { code } }\r\n# end",
        "{ city { code @deprecated } }", "{ __schema { __typename } __type { name } }", "query ($if: Boolean = true) { city @include(if: $if) { code } }",
        "{ componentsNear { distanceMeters } }", "{ componentsNear(point: \"{\") { distanceMeters } }", "{ observationAggregate(indicator: \"population\", level: NOPE) { value } }",
    ];
}
