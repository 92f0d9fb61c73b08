namespace Lotse.Web.Domain.Cases;

/// <summary>
/// What the start page needs from a case's plan and assessments, kept in one row per case so a caseload of 100 cases
/// is read with one lookup per case instead of three walks through goals and steps and one through the assessments.
/// Maintained by database triggers on CasePlanSteps, CaseGoals and CaseAssessments, never written by the app; see
/// <see cref="CaseDueSummarySql"/>. Counting the overdue steps depends on the day, so the due dates of all open steps
/// are kept and counted when read.
/// </summary>
public class CaseDueSummary
{
    public Guid CaseId { get; set; }

    /// <summary>Due dates (yyyy-MM-dd) of the open steps, space-separated, in no particular order; null when none is due.</summary>
    public string? OpenStepDueDates { get; set; }

    public DateOnly? NextDueOn { get; set; }

    /// <summary>The description of the open step due first (earliest date, then step id).</summary>
    public string? NextDueItem { get; set; }

    public DateOnly? LastAssessmentOn { get; set; }

    /// <summary>Open steps due before <paramref name="today"/>.</summary>
    public static int OverdueOn(string? openStepDueDates, DateOnly today)
    {
        if (string.IsNullOrEmpty(openStepDueDates)) return 0;
        var before = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // ISO dates compare as strings.
        return openStepDueDates.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(d => string.CompareOrdinal(d, before) < 0);
    }
}

/// <summary>The trigger and rebuild SQL of both providers (used by the migration and by the benchmark generator).</summary>
public static class CaseDueSummarySql
{
    public const string PostgresTriggers = """
        CREATE FUNCTION lotse_case_due_summary(k uuid) RETURNS void LANGUAGE plpgsql AS $f$
        BEGIN
            IF k IS NULL OR NOT EXISTS (SELECT 1 FROM "Cases" WHERE "Id" = k) THEN RETURN; END IF;
            INSERT INTO "CaseDueSummaries" AS t ("CaseId", "OpenStepDueDates", "NextDueOn", "NextDueItem", "LastAssessmentOn")
            SELECT k,
                (SELECT string_agg(to_char(s."DueOn", 'YYYY-MM-DD'), ' ') FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                    WHERE g."CaseId" = k AND s."Status" = 'Open' AND s."DueOn" IS NOT NULL),
                n."DueOn", n."Description",
                (SELECT max(a."AssessedOn") FROM "CaseAssessments" a WHERE a."CaseId" = k)
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (SELECT s."DueOn", s."Description" FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                    WHERE g."CaseId" = k AND s."Status" = 'Open' AND s."DueOn" IS NOT NULL ORDER BY s."DueOn", s."Id" LIMIT 1) n ON true
            ON CONFLICT ("CaseId") DO UPDATE SET "OpenStepDueDates" = EXCLUDED."OpenStepDueDates", "NextDueOn" = EXCLUDED."NextDueOn",
                "NextDueItem" = EXCLUDED."NextDueItem", "LastAssessmentOn" = EXCLUDED."LastAssessmentOn";
        END $f$;

        CREATE FUNCTION lotse_steps_due_summary() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM lotse_case_due_summary((SELECT "CaseId" FROM "CaseGoals" WHERE "Id" = OLD."GoalId"));
            END IF;
            IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."GoalId" IS DISTINCT FROM OLD."GoalId") THEN
                PERFORM lotse_case_due_summary((SELECT "CaseId" FROM "CaseGoals" WHERE "Id" = NEW."GoalId"));
            END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_CasePlanSteps_DueSummary" AFTER INSERT OR DELETE OR UPDATE OF "Status", "DueOn", "Description", "GoalId" ON "CasePlanSteps"
            FOR EACH ROW EXECUTE FUNCTION lotse_steps_due_summary();

        CREATE FUNCTION lotse_goals_due_summary() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            PERFORM lotse_case_due_summary(OLD."CaseId");
            IF TG_OP = 'UPDATE' THEN PERFORM lotse_case_due_summary(NEW."CaseId"); END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_CaseGoals_DueSummary" AFTER DELETE OR UPDATE OF "CaseId" ON "CaseGoals"
            FOR EACH ROW EXECUTE FUNCTION lotse_goals_due_summary();

        CREATE FUNCTION lotse_assessments_due_summary() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM lotse_case_due_summary(OLD."CaseId"); END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM lotse_case_due_summary(NEW."CaseId"); END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_CaseAssessments_DueSummary" AFTER INSERT OR DELETE OR UPDATE OF "AssessedOn", "CaseId" ON "CaseAssessments"
            FOR EACH ROW EXECUTE FUNCTION lotse_assessments_due_summary();
        """;

    /// <summary>Every case's row from scratch (after the migration, or after a bulk load with the triggers off).</summary>
    public const string PostgresRebuild = """
        DELETE FROM "CaseDueSummaries";
        INSERT INTO "CaseDueSummaries" ("CaseId", "OpenStepDueDates", "NextDueOn", "NextDueItem", "LastAssessmentOn")
            SELECT k."Id", st.dates, n."DueOn", n."Description", a.last
            FROM "Cases" k
            LEFT JOIN (SELECT g."CaseId", string_agg(to_char(s."DueOn", 'YYYY-MM-DD'), ' ') AS dates
                       FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                       WHERE s."Status" = 'Open' AND s."DueOn" IS NOT NULL GROUP BY g."CaseId") st ON st."CaseId" = k."Id"
            LEFT JOIN (SELECT DISTINCT ON (g."CaseId") g."CaseId", s."DueOn", s."Description"
                       FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                       WHERE s."Status" = 'Open' AND s."DueOn" IS NOT NULL ORDER BY g."CaseId", s."DueOn", s."Id") n ON n."CaseId" = k."Id"
            LEFT JOIN (SELECT "CaseId", max("AssessedOn") AS last FROM "CaseAssessments" GROUP BY "CaseId") a ON a."CaseId" = k."Id";
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "TR_CaseAssessments_DueSummary" ON "CaseAssessments";
        DROP TRIGGER IF EXISTS "TR_CaseGoals_DueSummary" ON "CaseGoals";
        DROP TRIGGER IF EXISTS "TR_CasePlanSteps_DueSummary" ON "CasePlanSteps";
        DROP FUNCTION IF EXISTS lotse_assessments_due_summary();
        DROP FUNCTION IF EXISTS lotse_goals_due_summary();
        DROP FUNCTION IF EXISTS lotse_steps_due_summary();
        DROP FUNCTION IF EXISTS lotse_case_due_summary(uuid);
        """;

    // DateOnly is stored as TEXT yyyy-MM-dd by EF Core on SQLite, so the dates need no formatting. One statement for the
    // triggers (one case) and the fill after the migration (every case); the WHERE also keeps SQLite's parser from
    // reading ON CONFLICT as part of the SELECT.
    private static string SqliteUpsert(string casesWhere) => $"""
            INSERT INTO "CaseDueSummaries" ("CaseId", "OpenStepDueDates", "NextDueOn", "NextDueItem", "LastAssessmentOn")
            SELECT k."Id",
                (SELECT group_concat(s."DueOn", ' ') FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                    WHERE g."CaseId" = k."Id" AND s."Status" = 'Open' AND s."DueOn" IS NOT NULL),
                (SELECT min(s."DueOn") FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                    WHERE g."CaseId" = k."Id" AND s."Status" = 'Open' AND s."DueOn" IS NOT NULL),
                (SELECT s."Description" FROM "CaseGoals" g JOIN "CasePlanSteps" s ON s."GoalId" = g."Id"
                    WHERE g."CaseId" = k."Id" AND s."Status" = 'Open' AND s."DueOn" IS NOT NULL ORDER BY s."DueOn", s."Id" LIMIT 1),
                (SELECT max(a."AssessedOn") FROM "CaseAssessments" a WHERE a."CaseId" = k."Id")
            FROM "Cases" k WHERE {casesWhere}
            ON CONFLICT ("CaseId") DO UPDATE SET "OpenStepDueDates" = excluded."OpenStepDueDates", "NextDueOn" = excluded."NextDueOn",
                "NextDueItem" = excluded."NextDueItem", "LastAssessmentOn" = excluded."LastAssessmentOn";
        """;

    private static string SqliteRefresh(string caseId) => SqliteUpsert($"k.\"Id\" = {caseId}");

    private static string GoalCase(string goalId) => $"""(SELECT "CaseId" FROM "CaseGoals" WHERE "Id" = {goalId})""";

    // SQLite keeps one SQL statement per migrationBuilder.Sql call safest; the migration splits on this marker.
    public const string Separator = CaseloadCountsSql.Separator;

    public static readonly string SqliteTriggers = string.Join($"\n{Separator}\n",
        $"""
        CREATE TRIGGER "TR_CasePlanSteps_DueSummary_Insert" AFTER INSERT ON "CasePlanSteps" BEGIN
        {SqliteRefresh(GoalCase("NEW.\"GoalId\""))}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CasePlanSteps_DueSummary_Update" AFTER UPDATE OF "Status", "DueOn", "Description", "GoalId" ON "CasePlanSteps" BEGIN
        {SqliteRefresh(GoalCase("OLD.\"GoalId\""))}
        {SqliteRefresh(GoalCase("NEW.\"GoalId\""))}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CasePlanSteps_DueSummary_Delete" AFTER DELETE ON "CasePlanSteps" BEGIN
        {SqliteRefresh(GoalCase("OLD.\"GoalId\""))}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CaseGoals_DueSummary_Update" AFTER UPDATE OF "CaseId" ON "CaseGoals" BEGIN
        {SqliteRefresh("OLD.\"CaseId\"")}
        {SqliteRefresh("NEW.\"CaseId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CaseGoals_DueSummary_Delete" AFTER DELETE ON "CaseGoals" BEGIN
        {SqliteRefresh("OLD.\"CaseId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CaseAssessments_DueSummary_Insert" AFTER INSERT ON "CaseAssessments" BEGIN
        {SqliteRefresh("NEW.\"CaseId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CaseAssessments_DueSummary_Update" AFTER UPDATE OF "AssessedOn", "CaseId" ON "CaseAssessments" BEGIN
        {SqliteRefresh("OLD.\"CaseId\"")}
        {SqliteRefresh("NEW.\"CaseId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_CaseAssessments_DueSummary_Delete" AFTER DELETE ON "CaseAssessments" BEGIN
        {SqliteRefresh("OLD.\"CaseId\"")}
        END;
        """,
        SqliteUpsert("true"));

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "TR_CaseAssessments_DueSummary_Delete";
        DROP TRIGGER IF EXISTS "TR_CaseAssessments_DueSummary_Update";
        DROP TRIGGER IF EXISTS "TR_CaseAssessments_DueSummary_Insert";
        DROP TRIGGER IF EXISTS "TR_CaseGoals_DueSummary_Delete";
        DROP TRIGGER IF EXISTS "TR_CaseGoals_DueSummary_Update";
        DROP TRIGGER IF EXISTS "TR_CasePlanSteps_DueSummary_Delete";
        DROP TRIGGER IF EXISTS "TR_CasePlanSteps_DueSummary_Update";
        DROP TRIGGER IF EXISTS "TR_CasePlanSteps_DueSummary_Insert";
        """;
}
