using System.Diagnostics;

namespace Lotse.Bench.Running;

/// <summary>What one measured request returned.</summary>
public readonly record struct Sample(double LatencyMs, double SendLagMs, bool Ok);

/// <summary>Latency statistics of a set of samples.</summary>
public sealed record LatencyStats(int Count, int Errors, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> latencies, int errors)
    {
        if (latencies.Count == 0) return new LatencyStats(0, errors, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = latencies.OrderBy(x => x).ToArray();
        return new LatencyStats(sorted.Length, errors, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1], sorted.Average());
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// Open-model load: request start times are drawn in advance as a Poisson process (exponential gaps at the
/// target rate) and each request is sent at its time whether or not earlier ones have answered. Latency is
/// measured from the scheduled time to the end of the response body, so time spent queueing anywhere
/// (client, Kestrel, connection pool, database) counts. Bounded by duration and a request cap.
/// </summary>
public static class OpenLoad
{
    public sealed record Result(IReadOnlyList<Sample> Samples, TimeSpan Elapsed, int Scheduled, int TimedOut, double SendLagP99Ms);

    public static async Task<Result> RunAsync(double rate, TimeSpan duration, int maxRequests, Func<Func<CancellationToken, Task<bool>>> next, int seed, TimeSpan drainTimeout)
    {
        var rng = new Random(seed);
        var schedule = new List<double>();
        for (var t = -Math.Log(1 - rng.NextDouble()) / rate; t < duration.TotalSeconds && schedule.Count < maxRequests; t += -Math.Log(1 - rng.NextDouble()) / rate)
            schedule.Add(t);

        var samples = new Sample[schedule.Count];
        var done = new bool[schedule.Count];
        var tasks = new List<Task>(schedule.Count);
        using var abandon = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < schedule.Count; i++)
        {
            var due = schedule[i];
            // Sleep until shortly before the due time, then spin briefly: sub-millisecond send accuracy.
            var wait = due - clock.Elapsed.TotalSeconds;
            if (wait > 0.002) await Task.Delay(TimeSpan.FromSeconds(wait - 0.0015));
            while (clock.Elapsed.TotalSeconds < due) Thread.SpinWait(50);
            var index = i;
            var send = next(); // drawn here, on the one dispatching thread
            tasks.Add(Task.Run(async () =>
            {
                var sent = clock.Elapsed.TotalSeconds;
                bool ok;
                try
                {
                    ok = await send(abandon.Token);
                }
                catch (Exception)
                {
                    ok = false;
                }
                var end = clock.Elapsed.TotalSeconds;
                samples[index] = new Sample((end - schedule[index]) * 1000, (sent - schedule[index]) * 1000, ok);
                done[index] = true;
            }));
        }
        var all = Task.WhenAll(tasks);
        await Task.WhenAny(all, Task.Delay(drainTimeout));
        var elapsed = clock.Elapsed;
        // Requests still open after the drain time count as timed out and are cancelled (the connection is
        // closed, the app aborts their work), so an overloaded scenario does not spill into the next one.
        abandon.Cancel();
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10)));
        var finished = Enumerable.Range(0, samples.Length).Where(i => Volatile.Read(ref done[i])).Select(i => samples[i]).ToList();
        var lags = finished.Select(s => s.SendLagMs).OrderBy(x => x).ToArray();
        return new Result(finished, elapsed, schedule.Count, schedule.Count - finished.Count,
            lags.Length > 0 ? LatencyStats.Percentile(lags, 0.99) : double.NaN);
    }
}
