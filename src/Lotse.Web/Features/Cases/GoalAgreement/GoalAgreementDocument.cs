using System.Globalization;
using Lotse.Web.Domain.Cases;

namespace Lotse.Web.Features.Cases.GoalAgreement;

/// <summary>
/// The goal agreement (Zielvereinbarung / Integrationsplan) as it is printed: every text already in the
/// chosen language, every date formatted. The HTML print view and the PDF both render this model and
/// nothing else, so they cannot drift apart.
/// </summary>
public sealed record GoalAgreementDocument(
    string Language,
    bool RightToLeft,
    string Title,
    string Intro,
    bool IsDraft,
    string? DraftNotice,
    IReadOnlyList<DocumentField> Fields,
    string GoalsHeading,
    StepColumns Columns,
    IReadOnlyList<GoalSection> Goals,
    string? NoGoalsText,
    string AboutHeading,
    IReadOnlyList<string> AboutParagraphs,
    string SignaturesHeading,
    string SignaturesIntro,
    IReadOnlyList<SignatureLine> Signatures,
    bool InterpreterLine,
    string FooterText,
    string PageNumberFormat,
    string ContinuedMark,
    string FileNumber);

public sealed record DocumentField(string Label, string Value);

public sealed record StepColumns(string What, string Who, string Due, string Status);

public sealed record GoalSection(int Number, string Heading, string DomainLabel, string Domain, string Text,
    string StepsCaption, IReadOnlyList<StepRow> Steps, string? NoStepsText);

public sealed record StepRow(string What, string Who, string Due, string Status);

/// <summary>A signature line: "Ort, Datum" on the left, who signs on the right.</summary>
public sealed record SignatureLine(string PlaceDateLabel, string SignatureLabel);

/// <summary>What the document needs beyond the case file itself.</summary>
/// <param name="OrganisationName">The organisation holding the case (the case manager's employer).</param>
/// <param name="CaseManagerName">The case manager's display name.</param>
/// <param name="StepOrganisations">Names of the organisations responsible for steps, by id.</param>
/// <param name="InterpreterLine">Print a signature line for an interpreter.</param>
/// <param name="PrintedOn">Date the document is produced ("Stand").</param>
public sealed record GoalAgreementParties(
    string OrganisationName,
    string CaseManagerName,
    IReadOnlyDictionary<Guid, string> StepOrganisations,
    bool InterpreterLine,
    DateOnly PrintedOn);

public static class GoalAgreementBuilder
{
    public const string DateFormat = "dd.MM.yyyy";

    public static GoalAgreementDocument Build(CaseDto @case, GoalAgreementParties parties, GoalAgreementTexts t)
    {
        var draft = @case.PlanAgreedOn is null;
        var fields = new List<DocumentField>
        {
            new(t["Field_Client"], @case.ClientName),
            new(t["Field_FileNumber"], @case.FileNumber),
            new(t["Field_AgreedOn"], @case.PlanAgreedOn is { } agreed ? Date(agreed) : t["Draft_Value"]),
            new(t["Field_CaseManager"], parties.CaseManagerName),
            new(t["Field_Organisation"], parties.OrganisationName),
            new(t["Field_PrintedOn"], Date(parties.PrintedOn))
        };

        var goals = @case.Goals.Select((goal, index) =>
        {
            var number = index + 1;
            // Steps in the order of the case file (by due date), steps without a date after the dated ones.
            var steps = goal.Steps.OrderBy(s => s.DueOn is null).Select(s => new StepRow(
                s.Description,
                Responsible(s, parties, t),
                s.DueOn is { } due ? Date(due) : t["Due_None"],
                s.Status == StepStatus.Done && s.DoneOn is { } done ? t.Format("Status_DoneOn", Date(done)) : t.Of(s.Status))).ToList();
            return new GoalSection(number, t.Format("Goal_Heading", number), t["Goal_Domain"], t.Of(goal.Domain), goal.Description,
                t.Format("Steps_Caption", number), steps, steps.Count == 0 ? t["Steps_None"] : null);
        }).ToList();

        var signatures = new List<SignatureLine>
        {
            new(t["Signature_PlaceDate"], t["Signature_Client"]),
            new(t["Signature_PlaceDate"], t["Signature_CaseManager"])
        };
        if (parties.InterpreterLine) signatures.Add(new(t["Signature_PlaceDate"], t["Signature_Interpreter"]));

        var footer = t.Format("Footer_Document", @case.FileNumber);
        if (draft) footer += " · " + t["Draft_Footer"];

        return new GoalAgreementDocument(
            t.Language, t.RightToLeft, t["Title"], t["Intro"], draft, draft ? t["Draft_Notice"] : null, fields,
            t["Goals_Heading"], new StepColumns(t["Column_What"], t["Column_Who"], t["Column_Due"], t["Column_Status"]),
            goals, goals.Count == 0 ? t["Goal_None"] : null,
            t["About_Heading"], [t["About_Voluntary"], t["About_Changes"], t["About_DataProtection"]],
            t["Signatures_Heading"], t["Signatures_Intro"], signatures, parties.InterpreterLine,
            footer, t["Footer_Page"], t["Goal_Continued"], @case.FileNumber);
    }

    private static string Responsible(StepDto step, GoalAgreementParties parties, GoalAgreementTexts t) =>
        step.Responsible == StepResponsible.Organisation
        && step.ResponsibleOrganisationId is { } id
        && parties.StepOrganisations.TryGetValue(id, out var name)
        && !string.IsNullOrWhiteSpace(name)
            ? name
            : t.Of(step.Responsible);

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
