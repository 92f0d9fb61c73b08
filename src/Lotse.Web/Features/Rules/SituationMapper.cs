using Lotse.Rules;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;
using Lotse.Web.Domain.Rules;

namespace Lotse.Web.Features.Rules;

/// <summary>What the case file knows about a client's active case, for the rules.</summary>
public sealed record CaseFacts(bool HasActiveCase, DateOnly? LastAssessmentOn);

/// <summary>
/// Maps the stored client (residence history, benefits, household) and its active case to the rules'
/// <see cref="Situation"/>, with the case manager's <see cref="ClientRuleFacts"/> (language level, schooling,
/// employment, identity, livelihood, other programmes). What is not recorded stays null, so the rules say
/// "prüfen: fehlt …" instead of guessing.
/// </summary>
public static class SituationMapper
{
    private static readonly ResidenceStatusType[] Tolerations =
        [ResidenceStatusType.Toleration, ResidenceStatusType.TrainingToleration, ResidenceStatusType.EmploymentToleration];

    public static Situation From(Client client, IReadOnlyList<ResidenceStatus> statuses, CaseFacts cases, DateOnly asOf, ClientRuleFacts? facts = null)
    {
        // The current status: the latest one issued on or before the reference day (undated entries count as oldest).
        var history = statuses.Where(s => s.IssuedOn is null || s.IssuedOn <= asOf)
            .OrderByDescending(s => s.IssuedOn ?? DateOnly.MinValue).ThenByDescending(s => s.ValidUntil ?? DateOnly.MinValue).ToList();
        var current = history.FirstOrDefault();

        DateOnly? toleratedSince = null;
        foreach (var s in history)
        {
            if (!Tolerations.Contains(s.Type)) break;
            toleratedSince = s.IssuedOn ?? toleratedSince;
        }

        List<BenefitType>? benefits = null;
        if (client.Benefits.Count > 0)
        {
            benefits = client.Benefits.Where(b => b.Kind != BenefitKind.None && b.From <= asOf && (b.Until is null || b.Until >= asOf))
                .Select(b => Enum.Parse<BenefitType>(b.Kind.ToString())).Distinct().ToList();
        }

        return new Situation
        {
            BirthDate = client.BirthYear is { } y ? new PartialDate(y, client.BirthMonth, client.BirthMonth is null ? null : client.BirthDay) : null,
            Residence = current is null ? null : new ResidenceInfo(Enum.Parse<ResidenceType>(current.Type.ToString()), current.IssuedOn, current.ValidUntil, current.LegalBasis),
            ToleratedSince = toleratedSince,
            Benefits = benefits,
            EntryDate = client.EntryDate,
            // The uninterrupted stay usually starts with the entry; without it, the oldest recorded status.
            LawfulStaySince = client.EntryDate ?? statuses.Where(s => s.IssuedOn is not null).Min(s => s.IssuedOn),
            MinorChildrenInHousehold = client.Household.Count > 0 ? client.Household.Any(h => h.IsMinorChild) : null,
            Programmes = facts?.OtherProgrammes is null && !cases.HasActiveCase ? null
                : (cases.HasActiveCase ? new[] { "KIM" } : []).Concat(facts?.OtherProgrammes ?? []).Distinct().ToList(),
            LanguageLevel = facts?.LanguageLevel,
            LanguageLevelOn = facts?.LanguageLevelOn,
            SchoolYearsInGermany = facts?.SchoolYearsInGermany,
            GermanQualification = facts?.GermanQualification,
            InVocationalTraining = facts?.InVocationalTraining,
            EmploymentHoursPerWeek = facts?.EmploymentHoursPerWeek,
            EmployedSince = facts?.EmployedSince,
            LivelihoodSecured = facts?.LivelihoodSecured,
            IdentityClarified = facts?.IdentityClarified,
            HasActiveCase = cases.HasActiveCase,
            LastAssessmentOn = cases.LastAssessmentOn
        };
    }
}
