using Lotse.Web.Domain.Cases;
using Lotse.Web.Features.Cases;
using static Lotse.Web.Features.DataProtection.Disclosure.DisclosureText;

namespace Lotse.Web.Features.DataProtection.Disclosure;

/// <summary>Every case of the client: intake, assessments, goals and steps, contacts (notes), appointments, history.</summary>
public sealed class CasesSection : IDisclosureSection
{
    public int Order => 200;

    public Task<DisclosureSection> BuildAsync(DisclosureContext ctx, CancellationToken ct)
    {
        var cases = ctx.Cases.OrderBy(c => c.OpenedOn).ToList();
        foreach (var c in cases)
        {
            ctx.SubjectIds.Add(c.Id.ToString());
            foreach (var id in c.Assessments.Select(a => a.Id).Concat(c.Goals.Select(g => g.Id)).Concat(c.Goals.SelectMany(g => g.Steps).Select(s => s.Id))
                         .Concat(c.Notes.Select(n => n.Id)).Concat(c.Appointments.Select(a => a.Id)))
                ctx.SubjectIds.Add(id.ToString());
        }
        var data = cases.Select(c => new
        {
            c.Id,
            Organisation = ctx.Organisation(c.OrganisationId),
            CaseManager = ctx.User(c.CaseManagerId),
            c.Phase,
            c.OpenedOn,
            c.ClosedOn,
            c.ClosureReason,
            c.SystemRemark,
            Intake = c.Intake is { } i ? new
            {
                i.FirstContactOn, i.Route, ReferredBy = i.ReferredByOrganisationId is null ? null : ctx.Organisation(i.ReferredByOrganisationId),
                i.FirstConcerns, i.Decision, i.DecisionReason
            } : null,
            c.PlanAgreedOn,
            Assessments = c.Assessments.OrderBy(a => a.AssessedOn).Select(a => new
            {
                a.AssessedOn,
                Ratings = a.Ratings.Select(r => new { r.Domain, r.Rating, r.Situation, r.Resources, r.Need, r.ClientView }).ToList()
            }).ToList(),
            Goals = c.Goals.OrderBy(g => g.Sequence).Select(g => new
            {
                g.Domain, g.Description, g.Attainment, g.EvaluationNote,
                Steps = g.Steps.OrderBy(s => s.Sequence).Select(s => new
                {
                    s.Description, s.Responsible, ResponsibleOrganisation = s.ResponsibleOrganisationId is null ? null : ctx.Organisation(s.ResponsibleOrganisationId),
                    s.DueOn, s.Status, s.DoneOn
                }).ToList()
            }).ToList(),
            Notes = c.Notes.OrderBy(n => n.On).ThenBy(n => n.Sequence).Select(n => new
                { n.On, n.ContactType, n.InterpreterUsed, n.DurationMinutes, n.Text, Author = ctx.User(n.AuthorId) }).ToList(),
            Appointments = c.Appointments.OrderBy(a => a.At).Select(a => new { a.At, a.Title, a.Location }).ToList(),
            Events = c.Events.OrderBy(e => e.Sequence).Select(e => new { e.On, e.Phase, e.Description }).ToList()
        }).ToList();

        var blocks = new List<DisclosureBlock>();
        if (cases.Count == 0) blocks.Add(DisclosureBlock.Empty("Es gibt keinen Fall zu dieser Person."));
        foreach (var c in cases)
        {
            var title = $"Fall bei {ctx.Organisation(c.OrganisationId)}, eröffnet am {Date(c.OpenedOn)}";
            blocks.Add(new DisclosureBlock(title, new Lines()
                .Add("Case Management", ctx.User(c.CaseManagerId))
                .Add("Phase", PhaseNames.Of(c.Phase))
                .Add("Abgeschlossen am", Date(c.ClosedOn))
                .Add("Abschlussgrund", c.ClosureReason is { } why ? CaseNames.Of(why) : null)
                .Add("Hinweis zum Hilfesystem", c.SystemRemark)
                .Add("Zielvereinbarung am", Date(c.PlanAgreedOn)).ToList()));
            if (c.Intake is { } i)
                blocks.Add(new DisclosureBlock("Erstberatung", new Lines()
                    .Add("Erstkontakt", Date(i.FirstContactOn)).Add("Zugang", CaseNames.Of(i.Route))
                    .Add("Vermittelt durch", i.ReferredByOrganisationId is null ? null : ctx.Organisation(i.ReferredByOrganisationId))
                    .Add("Anliegen", i.FirstConcerns).Add("Entscheidung", CaseNames.Of(i.Decision)).Add("Begründung", i.DecisionReason).ToList()));
            foreach (var a in c.Assessments.OrderBy(a => a.AssessedOn))
            {
                var lines = new Lines();
                foreach (var r in a.Ratings)
                    lines.Add(CaseNames.Of(r.Domain), $"Bedarf {r.Rating} von 5" +
                        string.Concat(new[] { ("Situation", r.Situation), ("Ressourcen", r.Resources), ("Bedarf", r.Need), ("Sicht der Person", r.ClientView) }
                            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"; {p.Item1}: {p.Item2}")));
                blocks.Add(new DisclosureBlock($"Assessment vom {Date(a.AssessedOn)}", lines.ToList()));
            }
            foreach (var g in c.Goals.OrderBy(g => g.Sequence))
            {
                var lines = new Lines().Add("Lebenslage", CaseNames.Of(g.Domain)).Add("Ziel", g.Description)
                    .Add("Bewertung", g.Attainment is { } at ? CaseNames.Of(at) : null).Add("Anmerkung", g.EvaluationNote);
                foreach (var s in g.Steps.OrderBy(s => s.Sequence))
                    lines.Add("Schritt", $"{s.Description} – {(s.ResponsibleOrganisationId is null ? CaseNames.Of(s.Responsible) : ctx.Organisation(s.ResponsibleOrganisationId))}, " +
                                         $"bis {Date(s.DueOn)}, {CaseNames.Of(s.Status)}{(s.DoneOn is { } d ? " am " + Date(d) : "")}");
                blocks.Add(new DisclosureBlock($"Ziel {g.Sequence}", lines.ToList()));
            }
            if (c.Notes.Count > 0)
                blocks.Add(new DisclosureBlock("Dokumentierte Kontakte", c.Notes.OrderBy(n => n.On).ThenBy(n => n.Sequence).Select(n => new DisclosureLine(
                    $"{Date(n.On)}, {CaseNames.Of(n.ContactType)}",
                    n.Text + (n.InterpreterUsed ? " (mit Dolmetschung)" : "") + (n.DurationMinutes is { } m ? $" – {m} Min." : ""))).ToList()));
            if (c.Appointments.Count > 0)
                blocks.Add(new DisclosureBlock("Termine", c.Appointments.OrderBy(a => a.At).Select(a => new DisclosureLine(Time(a.At),
                    a.Title + (a.Location is { } l ? $" ({l})" : ""))).ToList()));
            if (c.Events.Count > 0)
                blocks.Add(new DisclosureBlock("Verlauf", c.Events.OrderBy(e => e.Sequence).Select(e => new DisclosureLine(Date(e.On), e.Description)).ToList()));
        }
        return Task.FromResult(new DisclosureSection("cases", "Fälle", data, blocks));
    }
}
