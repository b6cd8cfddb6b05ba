using System.Linq.Expressions;
using OpenCity.Data;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Subscriptions;

/// <summary>Who a subscription delivers to and what it asked for.</summary>
/// <param name="Visibility">What its caller may see (<see cref="Auth.CityPolicy.VisibilityOf"/>).</param>
/// <param name="Fences">The areas it watches; an event passes when it touches all of them.</param>
/// <param name="Where">The assets it wants, as the lists' <c>where</c> filter; null for all.</param>
/// <param name="WhereKey">The filter written out, so that subscriptions asking the same share one check per event.</param>
public sealed record EventAudience(Visibility Visibility, IReadOnlyList<EventFence> Fences, Expression<Func<CityComponent, bool>>? Where, string WhereKey);
