using Lotse.Web.Domain.Clients;
using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Domain.Achievements;

/// <summary>
/// A status decision of the Ausländerbehörde (new residence title and its validity) or of the Einbürgerungsbehörde
/// (naturalisation), recorded by the authority itself (Baustein 3). It becomes an entry of the client's
/// residence history with the authority as its source, and as the newest entry it is the one expiry reminders use.
/// </summary>
public sealed record ResidenceDecision(ResidenceStatusType? Type, string? LegalBasis, DateOnly? IssuedOn, DateOnly? ValidUntil)
{
    public const string ImmigrationAuthoritySource = "Ausländerbehörde";
    public const string NaturalisationAuthoritySource = "Einbürgerungsbehörde";
    public const int MaxLegalBasis = 100;

    /// <summary>
    /// Checks the decision. The Einbürgerungsbehörde records naturalisations only, the Ausländerbehörde every
    /// other status (<paramref name="byNaturalisationAuthority"/>).
    /// </summary>
    public Error? Validate(DateOnly today, bool byNaturalisationAuthority)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);
        if (Type is null || !Enum.IsDefined(Type.Value)) Fail("type", "Bitte wählen Sie den Aufenthaltsstatus aus der Liste.");
        else if (byNaturalisationAuthority && Type != ResidenceStatusType.Naturalised)
            Fail("type", "Die Einbürgerungsbehörde erfasst nur Einbürgerungen.");
        else if (!byNaturalisationAuthority && Type == ResidenceStatusType.Naturalised)
            Fail("type", "Eine Einbürgerung erfasst die Einbürgerungsbehörde.");
        if (LegalBasis is { Length: > MaxLegalBasis }) Fail("legalBasis", $"Die Rechtsgrundlage darf höchstens {MaxLegalBasis} Zeichen lang sein.");
        if (Type is not null && Type != ResidenceStatusType.Naturalised && string.IsNullOrWhiteSpace(LegalBasis))
            Fail("legalBasis", "Bitte geben Sie die Rechtsgrundlage an (z. B. § 25 Abs. 2 AufenthG).");
        if (IssuedOn is null) Fail("issuedOn", Type == ResidenceStatusType.Naturalised
            ? "Bitte geben Sie das Datum der Einbürgerung an."
            : "Bitte geben Sie an, wann der Titel erteilt wurde.");
        else if (IssuedOn > today) Fail("issuedOn", "Eine Entscheidung kann nicht in der Zukunft erteilt worden sein.");
        if (ValidUntil is { } until)
        {
            if (Type == ResidenceStatusType.Naturalised) Fail("validUntil", "Eine Einbürgerung ist nicht befristet: Bitte lassen Sie „Gültig bis“ leer.");
            else if (IssuedOn is { } issued && until <= issued) Fail("validUntil", "„Gültig bis“ muss nach dem Tag der Erteilung liegen.");
        }
        return errors.Count == 0 ? null : Error.Invalid(errors);
    }

    public ResidenceStatus ToStatus(Guid clientId, bool byNaturalisationAuthority) => new()
    {
        ClientId = clientId,
        Type = Type!.Value,
        LegalBasis = string.IsNullOrWhiteSpace(LegalBasis) ? null : LegalBasis.Trim(),
        IssuedOn = IssuedOn,
        ValidUntil = ValidUntil,
        Source = byNaturalisationAuthority ? NaturalisationAuthoritySource : ImmigrationAuthoritySource
    };
}
