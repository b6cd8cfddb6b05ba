using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Events;

namespace OpenCity.Server.Components;

/// <summary>Builds the <see cref="ComponentChanged"/> event of a component as it is after a change.</summary>
public static class ComponentEvents
{
    /// <param name="component">The component after the change, with its owner and grid loaded.</param>
    /// <param name="oldStatus">Its status before; null when it was just created.</param>
    /// <param name="operation">The mutation.</param>
    /// <param name="changes">Per changed field, its old and new value.</param>
    /// <param name="namesRestricted">The changes name a restricted component (a link to one): the event is then restricted too.</param>
    public static ComponentChanged Changed(
        CityComponent component, ComponentStatus? oldStatus, string operation, IReadOnlyDictionary<string, FieldChange> changes, bool namesRestricted = false)
    {
        ArgumentNullException.ThrowIfNull(component);
        return new ComponentChanged(
            component.Code,
            component.Kind.ToString(),
            component.Domain.ToString(),
            component.Owner?.Code,
            component.GridUnit?.Code,
            namesRestricted || component.Sensitivity == Sensitivity.Restricted,
            oldStatus?.ToString(),
            component.Status.ToString(),
            component.Version,
            EventJson.ToElement(GeoJsonWriter.Write(component.Geometry)),
            operation,
            changes);
    }

    /// <summary>One field's change, for <see cref="ComponentChanged.Changes"/>.</summary>
    public static KeyValuePair<string, FieldChange> Change<T>(string field, T old, T @new) =>
        new(field, new FieldChange(EventJson.ToElement(old), EventJson.ToElement(@new)));
}
