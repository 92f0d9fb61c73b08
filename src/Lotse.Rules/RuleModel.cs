using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lotse.Rules;

public enum RuleKind { Responsibility, Programme, IntegrationCourse, StatusPerspective, Deadline }

public enum RuleSeverity { Info, Warning }

/// <summary>Three-valued result: missing data gives "unknown", never a wrong "false".</summary>
public enum FindingStatus { Fulfilled, NotFulfilled, Unknown }

/// <summary>One rule-set file: a versioned list of rules with a common theme.</summary>
public sealed class RuleSetDefinition
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Version of the file (date of the last legal review), e.g. "2026-11-25".</summary>
    public string Version { get; set; } = "";
    public List<RuleDefinition> Rules { get; set; } = [];
    /// <summary>Where the set came from: "eingebaut" or the local file's path (set by the loader).</summary>
    [JsonIgnore] public string Origin { get; set; } = "";
    [JsonIgnore] public bool IsLocal { get; set; }
}

public sealed class RuleDefinition
{
    /// <summary>Stable id, e.g. "perspective.aufenthg-25b". Several versions of one rule share the id with disjoint effective periods.</summary>
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public RuleKind Kind { get; set; }
    public RuleSeverity Severity { get; set; } = RuleSeverity.Info;
    /// <summary>For responsibilities and course issuers: the body in charge, e.g. "Jobcenter".</summary>
    public string? Responsible { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveUntil { get; set; }
    public LegalSource? Source { get; set; }
    public ConditionSpec? Condition { get; set; }
    public Explanation? Explanation { get; set; }
    /// <summary>Example situations with the expected result; every rule needs one fulfilling and one not fulfilling case.</summary>
    public List<RuleTestCase> Tests { get; set; } = [];

    public bool IsEffectiveOn(DateOnly day) => (EffectiveFrom is null || EffectiveFrom <= day) && (EffectiveUntil is null || day <= EffectiveUntil);
}

public sealed class LegalSource
{
    /// <summary>Norm and paragraph as cited, e.g. "§ 25b Abs. 1 AufenthG".</summary>
    public string Norm { get; set; } = "";
    /// <summary>Public text of the norm, e.g. https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html.</summary>
    public string? Url { get; set; }
    /// <summary>What was checked and when (e.g. the amending law and its date of entry into force).</summary>
    public string? Note { get; set; }
}

public sealed class Explanation
{
    public string Fulfilled { get; set; } = "";
    public string NotFulfilled { get; set; } = "";
    public string Unknown { get; set; } = "";
}

public sealed class RuleTestCase
{
    public string Name { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public Situation Situation { get; set; } = new();
    public FindingStatus Expect { get; set; }
    public DateOnly? ReachableOn { get; set; }
}

/// <summary>
/// A condition as written in a rule file: "op" names the test, the other properties are its arguments.
/// See README.md for the list of operations.
/// </summary>
public sealed class ConditionSpec
{
    public string Op { get; set; } = "";
    public List<ConditionSpec>? Of { get; set; }
    public int? Years { get; set; }
    public int? Months { get; set; }
    public int? Weeks { get; set; }
    public decimal? Hours { get; set; }
    public int? Count { get; set; }
    public DateOnly? Date { get; set; }
    public LanguageLevel? Level { get; set; }
    public List<ResidenceType>? Types { get; set; }
    public List<BenefitType>? Kinds { get; set; }
    public List<string>? Programmes { get; set; }
    /// <summary>For "stayFor": "lawfulStay" (default) or "entry". For "fact": the field name.</summary>
    public string? Field { get; set; }
    public bool? Value { get; set; }
}

public static class RuleJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.Converters.Add(new PartialDateJsonConverter());
        return o;
    }
}

/// <summary>Partial dates as "JJJJ", "JJJJ-MM" or "JJJJ-MM-TT" strings.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("Ein Geburtsdatum wird als Text JJJJ, JJJJ-MM oder JJJJ-MM-TT angegeben.");
        try { return PartialDate.Parse(reader.GetString()); }
        catch (FormatException e) { throw new JsonException(e.Message); }
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToIso());
}
