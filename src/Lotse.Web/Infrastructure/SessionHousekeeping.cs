using Lotse.Web.Infrastructure.Sessions;

namespace Lotse.Web.Infrastructure;

/// <summary>Removes expired session rows every ten minutes.</summary>
public sealed class SessionHousekeeping(IServiceScopeFactory scopes, ILogger<SessionHousekeeping> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SessionService>().PurgeExpiredAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                log.LogWarning("Session housekeeping failed: {ExceptionType}", ex.GetType().Name);
            }
        }
    }
}
