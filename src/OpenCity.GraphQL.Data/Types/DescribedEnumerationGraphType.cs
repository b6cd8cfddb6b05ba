using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// An enum type whose every value must carry a description: a value added to the CLR enum
/// without one fails at schema build, not silently in the IDE.
/// </summary>
public abstract class DescribedEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumerationGraphType(string description, IReadOnlyDictionary<TEnum, string> valueDescriptions)
    {
        Description = description;
        foreach (var value in Values)
        {
            var clrValue = (TEnum)value.Value!;
            value.Description = valueDescriptions.TryGetValue(clrValue, out var text)
                ? text
                : throw new InvalidOperationException($"{typeof(TEnum).Name}.{clrValue} has no description.");
        }
    }
}
