using System.Text.Json.Nodes;
using Lotse.Web.Infrastructure.Http;
using Microsoft.AspNetCore.OpenApi;

namespace Lotse.Web.Features.Rules;

public static class RulesApi
{
    private const string EvaluateExample = """
        {
          "asOf": "2026-06-01",
          "situation": {
            "birthDate": "1999-03",
            "residence": { "type": "Toleration", "since": "2023-01-10", "validUntil": "2026-07-15" },
            "benefits": [ "AsylbLG" ],
            "entryDate": "2021-03-14",
            "languageLevel": "A2",
            "livelihoodSecured": true,
            "minorChildrenInHousehold": false,
            "programmes": [ "KIM" ]
          }
        }
        """;

    private const string FindingExample = """
        {
          "asOf": "2026-06-01",
          "disclaimer": "Hinweise für Fachkräfte, keine rechtliche Entscheidung: …",
          "situation": { "birthDate": "1999-03", "residence": { "type": "Toleration", "since": "2023-01-10", "validUntil": "2026-07-15" } },
          "findings": [
            {
              "ruleId": "perspective.aufenthg-25b",
              "ruleSetId": "perspektiven",
              "title": "Aufenthaltserlaubnis bei nachhaltiger Integration (§ 25b AufenthG)",
              "kind": "StatusPerspective",
              "severity": "Info",
              "status": "NotFulfilled",
              "explanation": "§ 25b kommt derzeit nicht in Betracht. Nicht erfüllt, weil: … (seit 14.03.2021; Aufenthaltsdauer erreicht am 14.03.2027). Voraussichtlich erfüllt ab 14.03.2027, wenn sich sonst nichts ändert.",
              "conditions": [ { "status": "NotFulfilled", "text": "ununterbrochener … Voraufenthalt mindestens 6 Jahre (seit 14.03.2021; Aufenthaltsdauer erreicht am 14.03.2027)", "reachableOn": "2027-03-14" } ],
              "missing": [],
              "reachableOn": "2027-03-14",
              "validUntil": null,
              "responsible": "Ausländerbehörde",
              "source": { "norm": "§ 25b Abs. 1 AufenthG", "url": "https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html" },
              "effectiveFrom": "2022-12-31",
              "effectiveUntil": null,
              "isLocal": false
            }
          ]
        }
        """;

    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/rules").WithTags("Regelwerke");

        rules.MapPost("/evaluate", (EvaluateRequest request, RuleFindings findings) => findings.Evaluate(request).ToHttp(Results.Ok))
            .WithSummary("Zuständigkeiten, Programme, Integrationskurs, Aufenthaltsperspektiven und Fristen für eine Situation prüfen (ohne gespeicherte Person).")
            .WithDescription("Jedes Feld der Situation darf fehlen: Dann lautet der Befund „Unknown“ mit den fehlenden Angaben („missing“), nie „NotFulfilled“. " +
                             "asOf ist der Stichtag (das an diesem Tag geltende Recht; Standard: heute). Geburtsdatum als JJJJ, JJJJ-MM oder JJJJ-MM-TT. " +
                             "Hinweise für Fachkräfte, keine rechtliche Entscheidung.")
            .Produces<FindingsResponse>()
            .AddOpenApiOperationTransformer((op, _, _) =>
            {
                if (op.RequestBody?.Content?.TryGetValue("application/json", out var body) == true) body.Example = JsonNode.Parse(EvaluateExample);
                if (op.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true)
                    media.Example = JsonNode.Parse(FindingExample);
                return Task.CompletedTask;
            });

        rules.MapGet("/rule-sets", (RuleCatalog catalog) => Results.Ok(catalog.Sets.Select(s => new
            {
                s.Id, s.Title, s.Description, s.Version, s.IsLocal,
                Rules = s.Rules.Select(r => new { r.Id, r.Title, r.Kind, r.Severity, r.Responsible, r.EffectiveFrom, r.EffectiveUntil, r.Source })
            })))
            .WithSummary("Die geladenen Regelwerke mit Regeln, Geltungszeiträumen und Rechtsquellen.");

        api.MapGet("/clients/{id:guid}/findings", async (Guid id, DateOnly? asOf, RuleFindings findings, CancellationToken ct) =>
                await findings.ForClientAsync(id, asOf, ct) is { } result ? Results.Ok(result) : Error.NotFound("Die Person").ToProblem())
            .WithTags("Regelwerke")
            .WithSummary("Befunde der Regelwerke für eine gespeicherte Person (nur für Berechtigte; der Zugriff wird protokolliert).")
            .WithDescription("Wie POST /api/v1/rules/evaluate, mit der aus der Personenakte und dem aktiven Fall abgeleiteten Situation. asOf (JJJJ-MM-TT) optional.")
            .Produces<FindingsResponse>()
            .AddOpenApiOperationTransformer((op, _, _) =>
            {
                if (op.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true)
                    media.Example = JsonNode.Parse(FindingExample);
                return Task.CompletedTask;
            });
        api.MapGet("/clients/{id:guid}/rule-facts", async (Guid id, RuleFactsCommands facts, CancellationToken ct) =>
                await facts.GetAsync(id, ct) is { } dto ? Results.Ok(dto) : Error.NotFound("Die Person").ToProblem())
            .WithTags("Regelwerke")
            .WithSummary("Angaben für die Perspektivprüfung (Sprachniveau, Schulbesuch, Beschäftigung, Lebensunterhalt, Identität, weitere Programme).");
        api.MapPut("/clients/{id:guid}/rule-facts", async (Guid id, RuleFactsInput input, RuleFactsCommands facts, CancellationToken ct) =>
                (await facts.SaveAsync(id, input, ct)).ToHttp(Results.Ok))
            .WithTags("Regelwerke")
            .WithSummary("Angaben für die Perspektivprüfung speichern; leere Felder bedeuten „unbekannt“. „version“ ist die zuletzt gelesene Version (sonst 409).");
        return api;
    }
}
