using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Departments;

/// <summary>GraphQL enum of infrastructure domains.</summary>
public sealed class InfrastructureDomainType()
    : DescribedEnumerationGraphType<InfrastructureDomain>(
        "The utility or public service an asset or a department belongs to.",
        new Dictionary<InfrastructureDomain, string>
        {
            [InfrastructureDomain.Water] = "Drinking water supply.",
            [InfrastructureDomain.Gas] = "Gas supply.",
            [InfrastructureDomain.Power] = "Electricity supply.",
            [InfrastructureDomain.Transport] = "Roads, public transport and traffic control.",
            [InfrastructureDomain.Lighting] = "Street lighting.",
            [InfrastructureDomain.Sanitation] = "Sewers and waste.",
            [InfrastructureDomain.Telecom] = "Communication networks.",
            [InfrastructureDomain.Environment] = "Air quality, green spaces and environmental monitoring.",
            [InfrastructureDomain.Buildings] = "Buildings and their registry.",
            [InfrastructureDomain.PublicSafety] = "Fire and emergency services.",
        });
