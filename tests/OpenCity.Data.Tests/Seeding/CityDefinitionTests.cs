using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCity.Data.Seeding;

namespace OpenCity.Data.Tests.Seeding;

public sealed class CityDefinitionTests
{
    [Fact]
    public void The_embedded_definition_loads()
    {
        var definition = CityDefinition.LoadEmbedded();
        Assert.Equal("Northbridge", definition.Name);
        Assert.Equal("NB", definition.Code);
        Assert.Equal(DateTimeKind.Utc, definition.ReferenceTime.Kind);
        Assert.NotEmpty(definition.Departments);
    }

    [Fact]
    public void A_misspelt_member_is_rejected()
    {
        var json = EmbeddedJson();
        json["cellSizeMetres"] = 250;
        Assert.Throws<JsonException>(() => Load(json));
    }

    [Fact]
    public void A_category_routed_to_an_unknown_department_is_rejected()
    {
        var json = EmbeddedJson();
        json["serviceRequestCategories"]![0]!["department"] = "NOPE";
        var error = Assert.Throws<InvalidDataException>(() => Load(json));
        Assert.Contains("department", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject EmbeddedJson()
    {
        using var stream = typeof(CityDefinition).Assembly.GetManifestResourceStream("OpenCity.Data.Seeding.city.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static CityDefinition Load(JsonObject json) =>
        CityDefinition.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
}
