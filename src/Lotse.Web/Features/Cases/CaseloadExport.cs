using Lotse.Web.Data;
using Lotse.Web.Features.Clients;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Lotse.Web.Infrastructure.Spreadsheets;

namespace Lotse.Web.Features.Cases;

public sealed record CaseloadFile(string FileName, string ContentType, byte[] Content)
{
    public IResult ToResult() => Results.File(Content, ContentType, FileName);
}

/// <summary>
/// The case manager's own caseload list (as on the start page) as CSV or XLSX for Excel. Each exported case is
/// recorded in the audit trail (Export, channel Export) before the file is built; if that fails, nothing is exported.
/// </summary>
public sealed class CaseloadExport(LotseDbContext db, Caseload caseload, ClientAccess access, CurrentUser user, AuditLog audit, AuditActor actor, TimeProvider clock)
{
    public static readonly string[] Header =
        ["Aktenzeichen", "Name", "Phase", "Nächste Fälligkeit", "Nächster Schritt", "Überfällige Schritte", "Re-Assessment fällig", "Aufenthaltsdokument läuft ab", "Nächster Termin", "Offene Verweisungen"];

    public async Task<Result<CaseloadFile>> ExportAsync(string? format, CancellationToken ct)
    {
        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx")) return Error.Invalid("format", "Bitte wählen Sie als Format „csv“ oder „xlsx“.");
        if (!access.IsCaseManager) return new Error(ErrorKind.Forbidden, "Die eigene Fallliste exportieren nur Case Manager:innen.");

        var purpose = $"Export der eigenen Fallliste ({kind.ToUpperInvariant()})";
        actor.Use(AuditChannel.Export, purpose);
        var items = await caseload.LoadMineAsync(ct);
        foreach (var item in items) audit.Add(AuditOperation.Export, "Case", item.CaseId.ToString(), purpose);
        if (items.Count == 0) audit.Add(AuditOperation.Export, "Caseload", user.Id.ToString(), purpose);
        await db.SaveChangesAsync(ct);

        var rows = items.Select(i => new object?[]
        {
            i.FileNumber, i.ClientName, i.PhaseName, i.NextDueOn, i.NextDueItem, i.OverdueSteps,
            i.ReassessmentDue ? "ja" : "nein", i.ResidenceDocumentExpiresOn,
            i.NextAppointmentAt is { } at ? CaseDates.Local(at) : null, i.OpenReferrals
        });
        var stamp = clock.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return kind == "csv"
            ? new CaseloadFile($"Fallliste-{stamp}.csv", SpreadsheetExport.CsvContentType, SpreadsheetExport.Csv(Header, rows))
            : new CaseloadFile($"Fallliste-{stamp}.xlsx", SpreadsheetExport.XlsxContentType, SpreadsheetExport.Xlsx("Fallliste", Header, rows));
    }
}
