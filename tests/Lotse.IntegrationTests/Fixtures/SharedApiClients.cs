using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Lotse.IntegrationTests.Fixtures;

/// <summary>
/// One bearer-token client per (app, user), shared by the tests of a class: issuing a token hashes the
/// password, which is the slowest part of a short API test. Tokens live 15 minutes, far longer than a class.
/// The clients belong to the app; do not dispose them (they end with the app's TestServer).
/// </summary>
public static class SharedApiClients
{
    private static readonly ConditionalWeakTable<LotseAppFactory, ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> Clients = new();

    public static Task<HttpClient> SharedApiClientAsync(this LotseAppFactory app, string userName) =>
        Clients.GetOrCreateValue(app)
            .GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => app.ApiClientAsync(u)))
            .Value;
}
