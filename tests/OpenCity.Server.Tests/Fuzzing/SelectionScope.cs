namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Where a selection set is being generated: its depth and the deepest allowed, and how many rows
/// it will be resolved for (the product of the page sizes above it), which keeps nested lists cheap.
/// <paramref name="PendingPage"/> is the page size of the connection just entered, which its
/// <c>nodes</c> and <c>edges</c> lists will hold.
/// </summary>
public readonly record struct SelectionScope(int Depth, int MaxDepth, double Rows, int PendingPage);
