using System.Globalization;

namespace OpenCity.Server.Units;

/// <summary>Reads a unit's materialised path (<c>/1/3/12/</c>: ancestors' ids, then its own).</summary>
public static class UnitPath
{
    public static IEnumerable<long> AncestorIds(string path)
    {
        var ids = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return ids.Take(ids.Length - 1).Select(id => long.Parse(id, CultureInfo.InvariantCulture));
    }
}
