using Microsoft.Extensions.Options;

namespace OpenCity.Server.Events;

/// <summary>Refuses at start settings with which events would never go out or would pile up without bound.</summary>
internal sealed class CityEventOptionsValidator : IValidateOptions<CityEventOptions>
{
    public ValidateOptionsResult Validate(string? name, CityEventOptions options)
    {
        List<string> failures = [];
        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromHours(1))
        {
            failures.Add("OpenCity:Events:PollInterval must be positive and at most an hour.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add("OpenCity:Events:BatchSize must be between 1 and 10000.");
        }

        if (options.SubscriberCapacity is < 1 or > 1_000_000)
        {
            failures.Add("OpenCity:Events:SubscriberCapacity must be between 1 and 1000000.");
        }

        if (string.IsNullOrWhiteSpace(options.RedisChannel))
        {
            failures.Add("OpenCity:Events:RedisChannel must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
