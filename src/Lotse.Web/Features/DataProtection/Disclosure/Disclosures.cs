using System.Text.Json;
using System.Text.Json.Serialization;
using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Infrastructure;
using Lotse.Web.Infrastructure.Auditing;
using Lotse.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>
/// Auskunft (Art. 15 DSGVO, § 83 SGB X): everything Lotse holds about one client, from every registered
/// <see cref="IDisclosureSection"/>. Reading it and its audit entry (Export, purpose <see cref="AuditPurpose"/>)
/// commit in one transaction, so an Auskunft that cannot be audited is not given.
/// </summary>
public sealed class Disclosures(LotseDbContext db, DataSubjectAccess access, IEnumerable<IDisclosureSection> sections,
    AuditLog audit, CurrentUser user, TimeProvider clock)
{
    public const string Format = "lotse-auskunft/1";
    public const string AuditPurpose = "Auskunft nach Art. 15 DSGVO / § 83 SGB X";

    public async Task<Result<DisclosureDocument>> BuildAsync(Guid clientId, CancellationToken ct)
    {
        if (await access.MayDiscloseAsync(clientId, ct) is { } denied) return denied;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var client = await db.Clients.AsNoTracking().Include(c => c.ResidenceStatuses).FirstAsync(c => c.Id == clientId, ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.ClientId == clientId)
            .Include(c => c.Assessments).Include(c => c.Goals).ThenInclude(g => g.Steps)
            .Include(c => c.Events).Include(c => c.Notes).Include(c => c.Appointments)
            .AsSplitQuery().ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var userIds = cases.Select(c => c.CaseManagerId).Concat(cases.SelectMany(c => c.Notes).Select(n => n.AuthorId)).Append(user.Id).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var context = new DisclosureContext(db, client, cases, organisations, users);
        var built = new List<DisclosureSection>();
        foreach (var section in sections.OrderBy(s => s.Order))
            built.Add(await section.BuildAsync(context, ct));

        audit.Add(AuditOperation.Export, "Client", clientId.ToString(), AuditPurpose);
        foreach (var c in cases) audit.Add(AuditOperation.Export, "Case", c.Id.ToString(), AuditPurpose);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        return new DisclosureDocument(client.Id, client.FileNumber, $"{client.FamilyName}, {client.GivenName}", clock.GetUtcNow(),
            users.GetValueOrDefault(user.Id, ""), organisations.GetValueOrDefault(user.OrganisationId, ""), built);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    /// <summary>The machine-readable form (docs/auskunft-format.md).</summary>
    public static byte[] ToJson(DisclosureDocument d) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        format = Format,
        generatedAt = d.GeneratedAt,
        requestedBy = new { name = d.RequestedBy, organisation = d.RequestedByOrganisation },
        client = new { id = d.ClientId, fileNumber = d.FileNumber },
        sections = d.Sections.ToDictionary(s => s.Key, s => s.Data)
    }, Json);

    /// <summary>"Auskunft-&lt;Aktenzeichen&gt;.pdf": the file number, not the name; anything but letters, digits and dashes replaced.</summary>
    public static string FileName(DisclosureDocument d, string extension) =>
        $"Auskunft-{new string(d.FileNumber.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-' ? ch : '_').ToArray())}.{extension}";
}
