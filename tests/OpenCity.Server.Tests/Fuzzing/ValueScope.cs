namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Where a value is being generated: how deep in input objects, what it is about (the argument
/// or the filtered field, e.g. <c>code</c> or <c>meters</c>), whether it must stay cheap (inside
/// wide lists or nested lists), whether it is a variable's value (no variables inside), and the
/// field whose argument it is (<c>components</c>, for its cursors) with the type of the objects it
/// returns (<c>CityComponent</c>, for their codes).
/// </summary>
public readonly record struct ValueScope(int Depth, string Hint, bool Cheap, bool InVariable, string Field, string Owner)
{
    public ValueScope Deeper(string hint) => this with { Depth = Depth + 1, Hint = hint };
}
