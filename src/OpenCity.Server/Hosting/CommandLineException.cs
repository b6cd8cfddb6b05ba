namespace OpenCity.Server.Hosting;

/// <summary>A command line that cannot be run as given; its message says what to change.</summary>
public sealed class CommandLineException(string message) : Exception(message);
