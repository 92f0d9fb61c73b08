using Lotse.Web.Data;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.Consents;

/// <summary>
/// The consent form of one recorded consent, with every text resolved in the chosen language: exactly the
/// recipients, categories and purpose of the consent, the validity, the separate health consent and the
/// guardian where they apply, the client's rights and signature lines. Rendered as HTML (Print page) and PDF.
/// </summary>
public sealed record ConsentFormDocument(
    string Language, bool RightToLeft, string Title, IReadOnlyList<(string Label, string Value)> Fields, string Intro,
    string RecipientsHeading, IReadOnlyList<string> Recipients, string CategoriesHeading, IReadOnlyList<string> Categories,
    string PurposeHeading, string Purpose, string ValidityHeading, IReadOnlyList<string> Validity,
    string? HealthHeading, string? HealthText, string? GuardianHeading, string? GuardianText,
    string RightsHeading, IReadOnlyList<string> Rights, string SignaturesHeading, string SignaturesIntro,
    IReadOnlyList<(string PlaceDate, string Signature)> Signatures, string FileNumber, string Footer, string PageNumberFormat);

/// <summary>Builds <see cref="ConsentFormDocument"/>s: only for those who read the consent (case management, Koordinierende Stelle), audited.</summary>
public sealed class ConsentForms(LotseDbContext db, ConsentQueries queries, AuditLog audit)
{
    public async Task<Result<ConsentFormDocument>> BuildAsync(Guid consentId, ConsentFormTexts t, CancellationToken ct)
    {
        var consent = await queries.GetAsync(consentId, ct, "Einwilligungsformular");
        if (!consent.IsSuccess) return consent.Error!;
        var k = consent.Value!;
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == k.ClientId)
            .Select(c => new { c.FileNumber, c.GivenName, c.FamilyName, c.BirthYear, c.BirthMonth, c.BirthDay }).FirstAsync(ct);
        audit.Add(AuditOperation.Read, "Client", k.ClientId.ToString(), "Einwilligungsformular");
        var recordedBy = await db.Consents.Where(x => x.Id == consentId).Select(x => x.RecordedByUserId).FirstAsync(ct);
        var organisation = await db.Users.Where(u => u.Id == recordedBy)
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => o.Name).FirstOrDefaultAsync(ct) ?? "";
        await db.SaveChangesAsync(ct);

        // Gregorian dd.MM.yyyy in every language (a neutral "ar" culture would otherwise pick another calendar).
        static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var birth = ClientQueries.BirthIso(client.BirthYear, client.BirthMonth, client.BirthDay);
        var health = k.Categories.Any(c => c.Category == Domain.Consents.DataCategory.Health) && k.HealthExplicit;
        var guardian = k.GuardianName is not null;

        var signatures = new List<(string, string)>();
        signatures.Add((t["PlaceDate"], guardian ? t["SignatureGuardian"] : t["SignatureClient"]));
        if (health) signatures.Add((t["PlaceDate"], t["SignatureHealth"]));
        signatures.Add((t["PlaceDate"], t["SignatureCaseManager"]));

        return new ConsentFormDocument(
            t.Language, t.RightToLeft, t["Title"],
            [
                (t["NameLabel"], $"{client.FamilyName}, {client.GivenName}"),
                (t["BirthDateLabel"], birth is null ? "–" : ClientDisplay.BirthDate(birth)),
                (t["FileNumberLabel"], client.FileNumber),
                (t["CaseManagementLabel"], organisation),
            ],
            t.Format("Intro", organisation),
            t["RecipientsHeading"], k.Recipients.Select(r => r.Name).ToList(),
            t["CategoriesHeading"], k.Categories.Select(c => t.Of(c.Category)).ToList(),
            t["PurposeHeading"], k.Purpose,
            t["ValidityHeading"],
            [t.Format("GivenOn", Date(k.GivenOn)), k.ValidUntil is { } until ? t.Format("ValidUntil", Date(until)) : t["ValidUntilRevoked"]],
            health ? t["HealthHeading"] : null, health ? t["HealthText"] : null,
            guardian ? t["GuardianHeading"] : null, guardian ? t.Format("GuardianText", k.GuardianName!) : null,
            t["RightsHeading"], [t["Rights1"], t["Rights2"], t["Rights3"]],
            t["SignaturesHeading"], t["SignaturesIntro"], signatures,
            client.FileNumber, t.Format("Footer", client.FileNumber), t["PageNumber"]);
    }
}
