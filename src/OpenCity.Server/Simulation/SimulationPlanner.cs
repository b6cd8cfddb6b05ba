using System.Globalization;

namespace OpenCity.Server.Simulation;

/// <summary>
/// Decides what happens each second from its seed alone, never from the server's answers, so that a
/// run repeats exactly: readings wander around each sensor's level, assets fail at the given rate
/// and are repaired 10 to 60 seconds later, citizens report problems near assets.
/// </summary>
public sealed class SimulationPlanner
{
    private readonly Random _random;
    private readonly SimulationSettings _settings;
    private readonly SimulatedCity _city;
    private readonly double[] _levels;
    private readonly Dictionary<int, int> _repairs = [];
    private readonly HashSet<int> _failed = [];
    private int _nextSensor;

    public SimulationPlanner(SimulationSettings settings, SimulatedCity city)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(city);
        _settings = settings;
        _city = city;
        _random = new Random(settings.Seed);
        _levels = [.. city.Sensors.Select(s => s.Level)];
    }

    /// <summary>What happens in second <paramref name="tick"/> (0, 1, 2 … in order).</summary>
    public IReadOnlyList<SimulationAction> Next(int tick)
    {
        var actions = new List<SimulationAction>();
        for (var i = 0; i < _settings.ReadingsPerSecond && _city.Sensors.Count > 0; i++)
        {
            var sensor = _nextSensor++ % _city.Sensors.Count;
            var level = _city.Sensors[sensor].Level;
            _levels[sensor] = Math.Max(0, _levels[sensor] + (level == 0 ? 0.1 : level * 0.02) * Gaussian() + (level - _levels[sensor]) * 0.05);
            actions.Add(new SimulationAction.Reading(sensor, Math.Round(_levels[sensor], 3)));
        }

        foreach (var (asset, _) in _repairs.Where(r => r.Value == tick).ToList())
        {
            _repairs.Remove(asset);
            _failed.Remove(asset);
            actions.Add(new SimulationAction.Repair(asset));
        }

        for (var i = Occurrences(_settings.FailuresPerMinute); i > 0 && _city.Assets.Count > _failed.Count; i--)
        {
            var asset = _random.Next(_city.Assets.Count);
            if (_failed.Add(asset))
            {
                _repairs[asset] = tick + _random.Next(10, 61);
                actions.Add(new SimulationAction.Failure(asset));
            }
        }

        for (var i = Occurrences(_settings.ReportsPerMinute); i > 0 && _city.Assets.Count > 0 && _city.Categories.Count > 0; i--)
        {
            var near = _city.Assets[_random.Next(_city.Assets.Count)];
            var category = _city.Categories[_random.Next(_city.Categories.Count)];

            // Within about 30 m of the asset, so the report lies in the city.
            var (longitude, latitude) = (near.Longitude + (_random.NextDouble() - 0.5) * 0.0008, near.Latitude + (_random.NextDouble() - 0.5) * 0.0005);
            actions.Add(new SimulationAction.Report(
                category,
                Math.Round(longitude, 6),
                Math.Round(latitude, 6),
                $"Simulated report: {category.Replace('_', ' ')} near {near.Code}",
                string.Create(CultureInfo.InvariantCulture, $"simulation-{_settings.Seed}-{tick}-{i}-{_random.Next():x8}")));
        }

        return actions;
    }

    /// <summary>How many of an event with this rate per minute happen in one second.</summary>
    private int Occurrences(double perMinute)
    {
        var expected = perMinute / 60;
        var whole = (int)Math.Floor(expected);
        return whole + (_random.NextDouble() < expected - whole ? 1 : 0);
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
