using Lotse.Web.Data;
using Lotse.Web.Domain.Cases;
using Lotse.Web.Domain.Clients;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>
/// One data area of the Auskunft (Art. 15 DSGVO, § 83 SGB X). Every implementation registered in DI
/// (<c>services.AddScoped&lt;IDisclosureSection, …&gt;()</c>) becomes a section of the PDF and of the JSON, in
/// <see cref="Order"/>. A new data area (consents, referrals and "to whom data went") is one more class:
/// it reads what it holds about <see cref="DisclosureContext.Client"/>, returns its section, and adds the ids of its
/// records to <see cref="DisclosureContext.SubjectIds"/> so that the access-log section (last) lists who read them.
/// </summary>
public interface IDisclosureSection
{
    /// <summary>Sort key; the access log is 1000. Suggested: consents 600, referrals 650.</summary>
    int Order { get; }

    Task<DisclosureSection> BuildAsync(DisclosureContext context, CancellationToken ct);
}

/// <summary>What the sections share: the client, the cases, names of organisations and users, the audit subjects.</summary>
public sealed class DisclosureContext(LotseDbContext db, Client client, IReadOnlyList<Case> cases,
    IReadOnlyDictionary<Guid, string> organisations, IReadOnlyDictionary<Guid, string> users)
{
    public LotseDbContext Db { get; } = db;
    public Client Client { get; } = client;
    public IReadOnlyList<Case> Cases { get; } = cases;
    public IReadOnlyDictionary<Guid, string> Organisations { get; } = organisations;
    public IReadOnlyDictionary<Guid, string> Users { get; } = users;

    /// <summary>Audit-trail entity ids of every record in the Auskunft (client, cases and their parts, ...).</summary>
    public HashSet<string> SubjectIds { get; } = [];

    public string Organisation(Guid? id) => id is { } g && Organisations.TryGetValue(g, out var n) ? n : id is null ? "" : "(unbekannte Organisation)";
    public string User(Guid? id) => id is { } g && Users.TryGetValue(g, out var n) ? n : "";
}

/// <summary>
/// A section: <see cref="Key"/> names it in the JSON ("sections": {"person": …}), <see cref="Data"/> is its JSON value
/// (documented in docs/auskunft-format.md), <see cref="Blocks"/> its German text for the PDF.
/// </summary>
public sealed record DisclosureSection(string Key, string Title, object Data, IReadOnlyList<DisclosureBlock> Blocks);

/// <summary>A group of lines under an optional heading (one case, one goal, one contact, ...).</summary>
public sealed record DisclosureBlock(string? Heading, IReadOnlyList<DisclosureLine> Lines)
{
    public static DisclosureBlock Empty(string text) => new(null, [new DisclosureLine("", text)]);
}

public sealed record DisclosureLine(string Label, string Value);

/// <summary>The finished Auskunft, rendered as JSON or PDF.</summary>
public sealed record DisclosureDocument(
    Guid ClientId, string FileNumber, string ClientName, DateTimeOffset GeneratedAt, string RequestedBy, string RequestedByOrganisation,
    IReadOnlyList<DisclosureSection> Sections);
