using System.Globalization;
using OpenCity.Domain.Departments;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Citizens' reports at points in grids (busier where more people live), routed by category;
/// the older a report, the further along it is. Numbered in order of submission.
/// </summary>
internal static class ServiceRequestBuilder
{
    public static IReadOnlyList<ServiceRequest> Build(
        CityDefinition definition, SizeDefinition size, Lattice lattice, Hierarchy hierarchy, RoadNames roads,
        IReadOnlyList<CellStats> stats, IReadOnlyList<Department> departments)
    {
        var rng = Prng.For(definition.Seed, Prng.Purpose.ServiceRequests, 0);
        var now = definition.ReferenceTime;
        var departmentIds = departments.ToDictionary(d => d.Code, d => d.Id, StringComparer.Ordinal);
        var categories = definition.ServiceRequestCategories;
        var categoryWeights = categories.Select(c => c.Weight).ToArray();
        var statuses = Enum.GetValues<ServiceRequestStatus>();
        var statusWeights = statuses.Select(s => definition.ServiceRequestStatusWeights.GetValueOrDefault(s)).ToArray();
        var cumulative = new double[stats.Count];
        var total = 0.0;
        for (var i = 0; i < stats.Count; i++)
        {
            total += stats[i].Households + 5;
            cumulative[i] = total;
        }

        var drafts = new List<ServiceRequest>(size.ServiceRequests);
        for (var n = 0; n < size.ServiceRequests; n++)
        {
            var index = Array.BinarySearch(cumulative, rng.NextDouble() * total);
            var grid = hierarchy.Grids[index < 0 ? Math.Min(~index, stats.Count - 1) : index];
            var location = lattice.Point(grid.Column, grid.Row, rng.Next(5, lattice.CellSize - 5), rng.Next(5, lattice.CellSize - 5));
            var category = categories[rng.PickWeighted(categoryWeights)];
            var status = statuses[rng.PickWeighted(statusWeights)];
            var (minAge, maxAge) = status switch
            {
                ServiceRequestStatus.Submitted => (0.0, 0.5),
                ServiceRequestStatus.Routed => (0.0, 3.0),
                ServiceRequestStatus.InProgress => (1.0, 14.0),
                ServiceRequestStatus.Resolved => (1.0, 60.0),
                _ => (3.0, 90.0),
            };
            var submitted = now.AddSeconds(-Math.Round(rng.Next(minAge, maxAge) * 86400));
            var age = (now - submitted).TotalSeconds;
            var updated = status switch
            {
                ServiceRequestStatus.Submitted => submitted,
                ServiceRequestStatus.Routed => submitted.AddSeconds(Math.Round(Math.Min(age, rng.Next(60, 3600)))),
                _ => submitted.AddSeconds(Math.Round(age * rng.Next(0.2, 0.95))),
            };
            drafts.Add(new ServiceRequest
            {
                Code = string.Empty,
                Category = category.Category,
                Description = $"{rng.Pick(category.Descriptions)} near {roads.Row(grid.Row)}",
                Location = location,
                Status = status,
                // A report still waiting in the inbox has not been routed yet.
                DepartmentId = status == ServiceRequestStatus.Submitted ? null : departmentIds[category.Department],
                SubmittedAt = submitted,
                UpdatedAt = updated,
            });
        }

        // Number in order of submission; the stable sort keeps generation order on equal times.
        var ordered = drafts.OrderBy(r => r.SubmittedAt).ToList();
        var perYear = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var request = ordered[i];
            var year = request.SubmittedAt.Year;
            var number = perYear[year] = perYear.GetValueOrDefault(year) + 1;
            request.Id = i + 1;
            request.Code = string.Create(CultureInfo.InvariantCulture, $"SR-{year}-{number:D6}");
        }

        return ordered;
    }

    /// <summary>The categories citizens may report, each answered by its department's domain.</summary>
    public static IReadOnlyList<ServiceRequestCategory> Categories(CityDefinition definition, IReadOnlyList<Department> departments)
    {
        var domains = departments.ToDictionary(d => d.Code, d => d.Domain, StringComparer.Ordinal);
        return
        [
            .. definition.ServiceRequestCategories.Select((c, i) => new ServiceRequestCategory
            {
                Id = i + 1,
                Code = c.Category,
                Name = string.Concat(char.ToUpperInvariant(c.Category[0]).ToString(), c.Category[1..].Replace('_', ' ')),
                Domain = domains[c.Department],
            }),
        ];
    }
}
