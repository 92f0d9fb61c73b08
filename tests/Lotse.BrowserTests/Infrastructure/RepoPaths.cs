namespace Lotse.BrowserTests.Infrastructure;

public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains Lotse.slnx.");
    });

    /// <summary>The folder that contains Lotse.slnx.</summary>
    public static string Root => LazyRoot.Value;
}
