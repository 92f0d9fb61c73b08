namespace Lotse.Web.Domain.Cases;

/// <summary>
/// Active (not closed) cases per case manager. Maintained by database triggers on Cases (open, close, reopen,
/// hand-over, delete, move to another client), never written by the app; see migration CaseloadCounts.
/// </summary>
public class CaseloadByManager
{
    public Guid CaseManagerId { get; set; }
    public int ActiveCases { get; set; }
}

/// <summary>
/// Active cases per Kommune of the client (<see cref="Guid.Empty"/>: client without Kommune). Maintained by triggers
/// on Cases and on Clients.MunicipalityId (a client who moves takes their active case along). The Regionalbereich
/// is looked up at read time, so moving a Kommune to another Regionalbereich needs no recount.
/// </summary>
public class CaseloadByMunicipality
{
    public Guid MunicipalityKey { get; set; }
    public int ActiveCases { get; set; }
}

/// <summary>The trigger and recount SQL of both providers (used by the migration and by the benchmark generator).</summary>
public static class CaseloadCountsSql
{
    public const string None = "00000000-0000-0000-0000-000000000000";

    public const string PostgresRecount = $"""
        DELETE FROM "CaseloadByManager";
        DELETE FROM "CaseloadByMunicipality";
        INSERT INTO "CaseloadByManager" ("CaseManagerId", "ActiveCases")
            SELECT "CaseManagerId", count(*) FROM "Cases" WHERE "Phase" <> 'Closed' GROUP BY "CaseManagerId";
        INSERT INTO "CaseloadByMunicipality" ("MunicipalityKey", "ActiveCases")
            SELECT COALESCE(c."MunicipalityId", '{None}'::uuid), count(*) FROM "Cases" k JOIN "Clients" c ON c."Id" = k."ClientId"
            WHERE k."Phase" <> 'Closed' GROUP BY 1;
        """;

    public const string PostgresTriggers = $$"""
        CREATE FUNCTION lotse_caseload_add(manager uuid, client uuid, delta integer) RETURNS void LANGUAGE plpgsql AS $f$
        BEGIN
            INSERT INTO "CaseloadByManager" AS t ("CaseManagerId", "ActiveCases") VALUES (manager, delta)
                ON CONFLICT ("CaseManagerId") DO UPDATE SET "ActiveCases" = t."ActiveCases" + EXCLUDED."ActiveCases";
            INSERT INTO "CaseloadByMunicipality" AS t ("MunicipalityKey", "ActiveCases")
                VALUES (COALESCE((SELECT "MunicipalityId" FROM "Clients" WHERE "Id" = client), '{{None}}'::uuid), delta)
                ON CONFLICT ("MunicipalityKey") DO UPDATE SET "ActiveCases" = t."ActiveCases" + EXCLUDED."ActiveCases";
        END $f$;

        CREATE FUNCTION lotse_cases_caseload() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Phase" <> 'Closed' THEN
                PERFORM lotse_caseload_add(OLD."CaseManagerId", OLD."ClientId", -1);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."Phase" <> 'Closed' THEN
                PERFORM lotse_caseload_add(NEW."CaseManagerId", NEW."ClientId", 1);
            END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_Cases_Caseload" AFTER INSERT OR DELETE OR UPDATE OF "Phase", "CaseManagerId", "ClientId" ON "Cases"
            FOR EACH ROW EXECUTE FUNCTION lotse_cases_caseload();

        CREATE FUNCTION lotse_clients_caseload() RETURNS trigger LANGUAGE plpgsql AS $f$
        DECLARE n integer;
        BEGIN
            SELECT count(*) INTO n FROM "Cases" WHERE "ClientId" = NEW."Id" AND "Phase" <> 'Closed';
            IF n > 0 THEN
                INSERT INTO "CaseloadByMunicipality" AS t ("MunicipalityKey", "ActiveCases")
                    VALUES (COALESCE(OLD."MunicipalityId", '{{None}}'::uuid), -n), (COALESCE(NEW."MunicipalityId", '{{None}}'::uuid), n)
                    ON CONFLICT ("MunicipalityKey") DO UPDATE SET "ActiveCases" = t."ActiveCases" + EXCLUDED."ActiveCases";
            END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_Clients_Caseload" AFTER UPDATE OF "MunicipalityId" ON "Clients"
            FOR EACH ROW WHEN (OLD."MunicipalityId" IS DISTINCT FROM NEW."MunicipalityId") EXECUTE FUNCTION lotse_clients_caseload();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "TR_Clients_Caseload" ON "Clients";
        DROP TRIGGER IF EXISTS "TR_Cases_Caseload" ON "Cases";
        DROP FUNCTION IF EXISTS lotse_clients_caseload();
        DROP FUNCTION IF EXISTS lotse_cases_caseload();
        DROP FUNCTION IF EXISTS lotse_caseload_add(uuid, uuid, integer);
        """;

    private static string SqliteAdd(string row, int sign) => $"""
            INSERT INTO "CaseloadByManager" ("CaseManagerId", "ActiveCases") SELECT {row}."CaseManagerId", {sign} WHERE {row}."Phase" <> 'Closed'
                ON CONFLICT ("CaseManagerId") DO UPDATE SET "ActiveCases" = "ActiveCases" + excluded."ActiveCases";
            INSERT INTO "CaseloadByMunicipality" ("MunicipalityKey", "ActiveCases")
                SELECT COALESCE((SELECT "MunicipalityId" FROM "Clients" WHERE "Id" = {row}."ClientId"), '{None}'), {sign} WHERE {row}."Phase" <> 'Closed'
                ON CONFLICT ("MunicipalityKey") DO UPDATE SET "ActiveCases" = "ActiveCases" + excluded."ActiveCases";
        """;

    // SQLite keeps one SQL statement per migrationBuilder.Sql call safest; the migration splits on this marker.
    public const string Separator = "-- next statement";

    public static readonly string SqliteTriggers = string.Join($"\n{Separator}\n",
        $"""
        CREATE TRIGGER "TR_Cases_Caseload_Insert" AFTER INSERT ON "Cases" BEGIN
        {SqliteAdd("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Cases_Caseload_Delete" AFTER DELETE ON "Cases" BEGIN
        {SqliteAdd("OLD", -1)}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Cases_Caseload_Update" AFTER UPDATE OF "Phase", "CaseManagerId", "ClientId" ON "Cases" BEGIN
        {SqliteAdd("OLD", -1)}
        {SqliteAdd("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Clients_Caseload" AFTER UPDATE OF "MunicipalityId" ON "Clients"
        WHEN OLD."MunicipalityId" IS NOT NEW."MunicipalityId" BEGIN
            INSERT INTO "CaseloadByMunicipality" ("MunicipalityKey", "ActiveCases")
                SELECT COALESCE(OLD."MunicipalityId", '{None}'), -(SELECT count(*) FROM "Cases" WHERE "ClientId" = NEW."Id" AND "Phase" <> 'Closed')
                WHERE EXISTS (SELECT 1 FROM "Cases" WHERE "ClientId" = NEW."Id" AND "Phase" <> 'Closed')
                ON CONFLICT ("MunicipalityKey") DO UPDATE SET "ActiveCases" = "ActiveCases" + excluded."ActiveCases";
            INSERT INTO "CaseloadByMunicipality" ("MunicipalityKey", "ActiveCases")
                SELECT COALESCE(NEW."MunicipalityId", '{None}'), (SELECT count(*) FROM "Cases" WHERE "ClientId" = NEW."Id" AND "Phase" <> 'Closed')
                WHERE EXISTS (SELECT 1 FROM "Cases" WHERE "ClientId" = NEW."Id" AND "Phase" <> 'Closed')
                ON CONFLICT ("MunicipalityKey") DO UPDATE SET "ActiveCases" = "ActiveCases" + excluded."ActiveCases";
        END;
        """,
        $"""
        INSERT INTO "CaseloadByManager" ("CaseManagerId", "ActiveCases")
            SELECT "CaseManagerId", count(*) FROM "Cases" WHERE "Phase" <> 'Closed' GROUP BY "CaseManagerId";
        """,
        $"""
        INSERT INTO "CaseloadByMunicipality" ("MunicipalityKey", "ActiveCases")
            SELECT COALESCE(c."MunicipalityId", '{None}'), count(*) FROM "Cases" k JOIN "Clients" c ON c."Id" = k."ClientId"
            WHERE k."Phase" <> 'Closed' GROUP BY 1;
        """);

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "TR_Clients_Caseload";
        DROP TRIGGER IF EXISTS "TR_Cases_Caseload_Update";
        DROP TRIGGER IF EXISTS "TR_Cases_Caseload_Delete";
        DROP TRIGGER IF EXISTS "TR_Cases_Caseload_Insert";
        """;
}
