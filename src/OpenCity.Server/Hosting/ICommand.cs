namespace OpenCity.Server.Hosting;

/// <summary>A one-shot administrative command run instead of the server, e.g. <c>seed</c>.</summary>
public interface ICommand
{
    Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken);
}
