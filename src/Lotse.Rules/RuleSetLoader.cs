using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lotse.Rules;

/// <summary>A rule file that cannot be used; the message names the file and, where known, the rule.</summary>
public sealed class RuleSetException(string message) : Exception(message);

/// <summary>
/// Loads the built-in rule sets (embedded in this assembly) and, optionally, a folder of local rule sets
/// (the Kreis's own agreements). Every file is validated; the first invalid file stops loading with a
/// message that names the file and the rule.
/// </summary>
public static partial class RuleSetLoader
{
    private const string ResourcePrefix = "Lotse.Rules.RuleSets.";

    public static IReadOnlyList<RuleSetDefinition> LoadBuiltIn()
    {
        var assembly = typeof(RuleSetLoader).Assembly;
        var sets = new List<RuleSetDefinition>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix) && n.EndsWith(".json")).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            sets.Add(Parse(stream, name[ResourcePrefix.Length..], isLocal: false));
        }
        return sets;
    }

    /// <summary>All *.json files of the folder, in name order.</summary>
    public static IReadOnlyList<RuleSetDefinition> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new RuleSetException($"Der Ordner für lokale Regelwerke „{folder}“ (Rules:LocalRuleSetPath) existiert nicht.");
        var sets = new List<RuleSetDefinition>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            sets.Add(Parse(stream, file, isLocal: true));
        }
        return sets;
    }

    /// <summary>Built-in sets plus the local folder (if given), validated together (ids must not clash).</summary>
    public static IReadOnlyList<RuleSetDefinition> Load(string? localFolder)
    {
        var sets = LoadBuiltIn().ToList();
        if (!string.IsNullOrWhiteSpace(localFolder)) sets.AddRange(LoadFolder(localFolder));
        var errors = RuleSetValidator.ValidateAll(sets);
        if (errors.Count > 0) throw new RuleSetException(string.Join(Environment.NewLine, errors));
        return sets;
    }

    public static RuleSetDefinition Parse(Stream json, string origin, bool isLocal)
    {
        RuleSetDefinition? set;
        try
        {
            set = JsonSerializer.Deserialize<RuleSetDefinition>(json, RuleJson.Options);
        }
        catch (JsonException e)
        {
            throw new RuleSetException($"Regelwerk „{origin}“ ist kein gültiges JSON: {e.Message}{RuleNear(json, e)}");
        }
        if (set is null) throw new RuleSetException($"Regelwerk „{origin}“ ist leer.");
        set.Origin = origin;
        set.IsLocal = isLocal;
        var errors = RuleSetValidator.Validate(set);
        if (errors.Count > 0) throw new RuleSetException(string.Join(Environment.NewLine, errors));
        return set;
    }

    /// <summary>Names the rule id closest before the error position, so the message says which rule is broken.</summary>
    private static string RuleNear(Stream json, JsonException e)
    {
        if (!json.CanSeek || e.LineNumber is not { } line) return "";
        json.Position = 0;
        using var reader = new StreamReader(json, leaveOpen: true);
        var lines = reader.ReadToEnd().Split('\n');
        for (var i = (int)Math.Min(line, lines.Length - 1); i >= 0; i--)
        {
            var m = IdPattern().Match(lines[i]);
            if (m.Success) return $" (bei Regel „{m.Groups[1].Value}“)";
        }
        return "";
    }

    [GeneratedRegex("\"id\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex IdPattern();
}
