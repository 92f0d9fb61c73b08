using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases;

/// <summary>How the pages show a case: the phases in order, the rating scale in words.</summary>
public static class CaseDisplay
{
    /// <summary>The cycle as the step indicator shows it.</summary>
    public static readonly IReadOnlyList<CasePhase> Cycle =
        [CasePhase.Intake, CasePhase.Assessment, CasePhase.Planning, CasePhase.Linking, CasePhase.Monitoring, CasePhase.Evaluation, CasePhase.Closed];

    /// <summary>The documented assessment scale (see <see cref="LifeDomainRating"/>).</summary>
    public static string Rating(int rating) => rating switch
    {
        1 => "kein Unterstützungsbedarf",
        2 => "geringer Unterstützungsbedarf",
        3 => "mittlerer Unterstützungsbedarf",
        4 => "hoher Unterstützungsbedarf",
        5 => "akuter Unterstützungsbedarf",
        _ => "nicht eingeschätzt"
    };

    public static IEnumerable<int> Ratings => Enumerable.Range(LifeDomainRating.MinRating, LifeDomainRating.MaxRating - LifeDomainRating.MinRating + 1);
}
