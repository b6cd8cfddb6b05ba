using OpenCity.Domain.Statistics;

namespace OpenCity.Data.Seeding;

/// <summary>
/// The indicator catalogue and one observation per grid, indicator and period. Values come from a
/// monthly series per grid, so periods agree: a year's flow is the sum of its quarters, a stock is its
/// level at the period's end, a mean the mean of its months; population is households × household size.
/// </summary>
internal static class StatisticsBuilder
{
    private const int ReferenceYear = 2025;

    // Seasonal shapes by month (January first): service requests, electricity, fine particulates.
    private static readonly double[] RequestSeason = [1.1, 1.05, 1.0, 0.95, 0.95, 0.9, 0.9, 0.9, 1.0, 1.05, 1.1, 1.1];
    private static readonly double[] EnergySeason = [1.3, 1.22, 1.08, 0.95, 0.85, 0.8, 0.8, 0.82, 0.88, 1.0, 1.14, 1.28];
    private static readonly double[] AirSeason = [1.25, 1.2, 1.05, 0.9, 0.85, 0.8, 0.8, 0.82, 0.9, 1.05, 1.15, 1.25];

    public static (IReadOnlyList<Indicator> Indicators, IReadOnlyList<Observation> Observations) Build(
        CityDefinition definition, SizeDefinition size, Hierarchy hierarchy, IReadOnlyList<CellStats> stats)
    {
        var indicators = definition.Indicators.Select((d, i) => new Indicator
        {
            Id = i + 1,
            Code = d.Code,
            Name = d.Name,
            Unit = d.Unit,
            Aggregation = d.Aggregation,
            Description = d.Description,
            Source = d.Source,
            Licence = d.Licence ?? definition.Licence,
        }).ToList();
        var periods = (size.Periods ?? definition.Periods).Select(Period.Parse).ToList();
        var areas = hierarchy.Units.ToDictionary(u => u.Id, u => u.AreaSquareMeters);
        var observations = new List<Observation>(stats.Count * indicators.Count * periods.Count);
        foreach (var cell in stats)
        {
            var model = new GridModel(definition.Seed, cell, areas[cell.GridId]);
            for (var i = 0; i < indicators.Count; i++)
            {
                foreach (var period in periods)
                {
                    observations.Add(new Observation
                    {
                        Id = observations.Count + 1,
                        IndicatorId = indicators[i].Id,
                        UnitId = cell.GridId,
                        Period = period.Code,
                        Value = model.Value(definition.Indicators[i].Model, i, period),
                    });
                }
            }
        }

        return (indicators, observations);
    }

    /// <summary>The monthly series of one grid; each month's noise depends only on (grid, indicator, month).</summary>
    private sealed class GridModel
    {
        private readonly ulong _seed;
        private readonly CellStats _cell;
        private readonly double _areaSquareMeters;
        private readonly double _growth;
        private readonly double _householdSize;
        private readonly double _requestRate;
        private readonly double _energyPerHousehold;
        private readonly double _pm25;
        private readonly double _noise;
        private readonly double _pressure;
        private readonly double _greenTrend;

        public GridModel(ulong seed, CellStats cell, double areaSquareMeters)
        {
            _seed = seed;
            _cell = cell;
            _areaSquareMeters = areaSquareMeters;
            var rng = Prng.For(seed, Prng.Purpose.Statistics, cell.GridId);
            _growth = rng.Next(-0.01, 0.03);
            _householdSize = rng.Next(1.9, 2.6);
            _requestRate = rng.Next(25, 60);
            _energyPerHousehold = rng.Next(2.6, 3.8);
            _pm25 = 7 + (cell.Arterial ? 3.5 : 0) + rng.Next(0, 3);
            _noise = 52 + (cell.Arterial ? 9 : 0) + rng.Next(0, 5);
            _pressure = rng.Next(2.7, 3.3);
            _greenTrend = rng.Next(-0.2, 0.4);
        }

        public double Value(string model, int indicator, Period period)
        {
            var months = Enumerable.Range(period.FirstMonth, period.LastMonth - period.FirstMonth + 1).ToList();
            return model switch
            {
                "households" => Households(period.Year, period.LastMonth),
                "population" => Population(period.Year, period.LastMonth),
                "area" => Math.Round(_areaSquareMeters / 1e6, 6),
                "greenShare" => GreenShare(period.Year, period.LastMonth),
                "serviceRequests" => months.Sum(m => Requests(indicator, period.Year, m)),
                "energyUse" => Math.Round(months.Sum(m => Energy(indicator, period.Year, m)), 1),
                "pm25" => Math.Round(months.Average(m => Pm25(indicator, period.Year, m)), 1),
                "noiseMax" => months.Max(m => Noise(indicator, period.Year, m)),
                "pressureMin" => months.Min(m => Pressure(indicator, period.Year, m)),
                _ => throw new InvalidDataException($"Unknown indicator model '{model}'."),
            };
        }

        private double Households(int year, int month)
        {
            var previous = HouseholdsAtYearEnd(year - 1);
            var current = HouseholdsAtYearEnd(year);
            return Math.Round(previous + (current - previous) * month / 12.0);
        }

        private double HouseholdsAtYearEnd(int year)
        {
            // Repeated multiplication rather than Math.Pow keeps the values exact on every platform.
            var factor = 1.0;
            for (var y = year; y < ReferenceYear; y++)
            {
                factor /= 1 + _growth;
            }

            for (var y = ReferenceYear; y < year; y++)
            {
                factor *= 1 + _growth;
            }

            return _cell.Households * factor;
        }

        private double Population(int year, int month) => Math.Round(Households(year, month) * _householdSize);

        private double GreenShare(int year, int month) =>
            Math.Round(Math.Clamp(_cell.GreenSharePercent + _greenTrend * (year - ReferenceYear + month / 12.0 - 1), 0, 100), 1);

        private double Requests(int indicator, int year, int month)
        {
            var mean = (Population(year, month) / 1000 * _requestRate / 12 + 0.3) * RequestSeason[month - 1];
            return Math.Round(Math.Max(0, mean * (1 + 0.25 * Noise01(indicator, year, month))));
        }

        private double Energy(int indicator, int year, int month)
        {
            var homes = Households(year, month) * _energyPerHousehold / 12;
            var business = _cell.NonResidentialFloorArea * 0.12 / 12;
            var street = 1.5; // lamps and signals
            return Math.Round((homes * EnergySeason[month - 1] + business + street) * (1 + 0.05 * Noise01(indicator, year, month)), 1);
        }

        private double Pm25(int indicator, int year, int month)
        {
            var trend = 1.0 - 0.03 * (year - ReferenceYear);
            return Math.Max(1, _pm25 * trend * AirSeason[month - 1] * (1 + 0.1 * Noise01(indicator, year, month)));
        }

        private double Noise(int indicator, int year, int month) =>
            Math.Round(_noise + 2.5 * Math.Abs(Noise01(indicator, year, month)), 1);

        private double Pressure(int indicator, int year, int month) =>
            Math.Round(_pressure - 0.2 - 0.25 * Math.Abs(Noise01(indicator, year, month)), 2);

        private double Noise01(int indicator, int year, int month) =>
            Prng.For(_seed, Prng.Purpose.Statistics, _cell.GridId * 1_000_000_000L + indicator * 10_000_000L + year * 100L + month).NextGaussian();
    }
}
