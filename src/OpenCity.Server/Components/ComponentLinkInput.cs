using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>The input of <c>linkComponents</c> and <c>unlinkComponents</c>: one relation between two assets.</summary>
public sealed record ComponentLinkInput(string FromCode, string ToCode, LinkKind Kind);
