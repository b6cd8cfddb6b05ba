namespace OpenCity.Server.Components;

/// <summary>The stable <c>extensions.code</c> values of the component fields.</summary>
public static class ComponentErrorCodes
{
    /// <summary><c>componentsNear</c> got something other than a point, or a count or distance out of range.</summary>
    public const string InvalidNearestSearch = "INVALID_NEAREST_SEARCH";
}
