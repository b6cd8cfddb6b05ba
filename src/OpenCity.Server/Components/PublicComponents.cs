using System.Linq.Expressions;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>
/// What anonymous users may see: public data is open, restricted assets (substations, for
/// instance) are denied by default until authenticated access arrives.
/// </summary>
public static class PublicComponents
{
    public static readonly Expression<Func<CityComponent, bool>> Filter = c => c.Sensitivity == Sensitivity.Public;
}
