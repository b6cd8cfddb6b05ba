using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary><c>ASC</c>/<c>DESC</c>; the value read back is <c>true</c> for descending.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction to sort in. Items with no value for the field count as larger than any value: " +
            "they come last when sorting ascending and first when sorting descending. Text is sorted by character code, the same on " +
            "every database: capitals before small letters (\"Zoo\" before \"apple\") and accented letters after z.";
        Add("ASC", false, "Ascending: smallest, earliest or A first; items with no value last.");
        Add("DESC", true, "Descending: largest, latest or Z first; items with no value first.");
    }
}
