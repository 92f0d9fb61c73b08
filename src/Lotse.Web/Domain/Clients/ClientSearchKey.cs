namespace Lotse.Web.Domain.Clients;

/// <summary>
/// One phonetic name key of a client, once for every organisation whose case managers read the client's whole file
/// (the owner, and every organisation that holds or held a case of the client). The duplicate check at intake looks
/// up "which of my organisation's clients carry one of these keys" with a few index probes instead of reading every
/// client of the organisation. Maintained by database triggers on Clients (PhoneticKey, owner) and Cases
/// (organisation, client), never written by the app; see <see cref="ClientSearchKeysSql"/>. It only narrows the
/// candidates: every candidate is checked against <c>ClientAccess</c> again before it is read.
/// </summary>
public class ClientSearchKey
{
    public Guid OrganisationId { get; set; }
    public string Key { get; set; } = "";
    public Guid ClientId { get; set; }
}

/// <summary>The trigger and rebuild SQL of both providers (used by the migration and by the benchmark generator).</summary>
public static class ClientSearchKeysSql
{
    /// <summary>
    /// lotse_client_search_keys(client) rewrites one client's rows from Clients.PhoneticKey (space-separated words) ×
    /// (owner ∪ organisations of the client's cases). ON CONFLICT DO NOTHING: two transactions refreshing the same
    /// client at once must not fail a save; a row left over from such a race only adds a candidate that the access
    /// check and the matcher then judge like any other.
    /// </summary>
    public const string PostgresTriggers = """
        CREATE FUNCTION lotse_client_search_keys(client uuid) RETURNS void LANGUAGE plpgsql AS $f$
        BEGIN
            DELETE FROM "ClientSearchKeys" WHERE "ClientId" = client;
            INSERT INTO "ClientSearchKeys" ("OrganisationId", "Key", "ClientId")
                SELECT DISTINCT o.org, k.key, c."Id"
                FROM "Clients" c
                CROSS JOIN LATERAL (SELECT c."OwnerOrganisationId" AS org
                                    UNION SELECT x."OrganisationId" FROM "Cases" x WHERE x."ClientId" = c."Id") o
                CROSS JOIN LATERAL regexp_split_to_table(btrim(c."PhoneticKey"), ' +') AS k(key)
                WHERE c."Id" = client AND k.key <> ''
                ON CONFLICT DO NOTHING;
        END $f$;

        CREATE FUNCTION lotse_clients_search_keys() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            PERFORM lotse_client_search_keys(NEW."Id");
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_Clients_SearchKeys" AFTER INSERT OR UPDATE OF "PhoneticKey", "OwnerOrganisationId" ON "Clients"
            FOR EACH ROW EXECUTE FUNCTION lotse_clients_search_keys();

        CREATE FUNCTION lotse_cases_search_keys() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM lotse_client_search_keys(OLD."ClientId");
            END IF;
            IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."ClientId" <> OLD."ClientId") THEN
                PERFORM lotse_client_search_keys(NEW."ClientId");
            END IF;
            RETURN NULL;
        END $f$;

        CREATE TRIGGER "TR_Cases_SearchKeys" AFTER INSERT OR DELETE OR UPDATE OF "OrganisationId", "ClientId" ON "Cases"
            FOR EACH ROW EXECUTE FUNCTION lotse_cases_search_keys();
        """;

    /// <summary>Every client's rows from scratch (after the migration, or after a bulk load with the triggers off).</summary>
    public const string PostgresRebuild = """
        DELETE FROM "ClientSearchKeys";
        INSERT INTO "ClientSearchKeys" ("OrganisationId", "Key", "ClientId")
            SELECT DISTINCT o.org, k.key, o.client
            FROM (SELECT "Id" AS client, "OwnerOrganisationId" AS org FROM "Clients"
                  UNION SELECT "ClientId", "OrganisationId" FROM "Cases") o
            JOIN "Clients" c ON c."Id" = o.client
            CROSS JOIN LATERAL regexp_split_to_table(btrim(c."PhoneticKey"), ' +') AS k(key)
            WHERE k.key <> '';
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "TR_Cases_SearchKeys" ON "Cases";
        DROP TRIGGER IF EXISTS "TR_Clients_SearchKeys" ON "Clients";
        DROP FUNCTION IF EXISTS lotse_cases_search_keys();
        DROP FUNCTION IF EXISTS lotse_clients_search_keys();
        DROP FUNCTION IF EXISTS lotse_client_search_keys(uuid);
        """;

    // SQLite has no string split and no CTEs inside triggers: the key words become a JSON array for json_each. Phonetic
    // keys are letters only (PhoneticEncoder; a unit test pins it), so nothing in them needs escaping.
    private static string SqliteWords(string phoneticKey) => $"""json_each('["' || replace(trim({phoneticKey}), ' ', '","') || '"]')""";

    /// <summary>The key rows of the clients and cases the two conditions select (one client in a trigger, all after the migration).</summary>
    private static string SqliteInsertKeys(string clientsWhere, string casesWhere) => $"""
            INSERT OR IGNORE INTO "ClientSearchKeys" ("OrganisationId", "Key", "ClientId")
                SELECT o.org, w.value, o.client
                FROM (SELECT "Id" AS client, "OwnerOrganisationId" AS org FROM "Clients" WHERE {clientsWhere}
                      UNION SELECT "ClientId", "OrganisationId" FROM "Cases" WHERE {casesWhere}) o
                JOIN "Clients" c ON c."Id" = o.client
                JOIN {SqliteWords("c.\"PhoneticKey\"")} w
                WHERE w.value <> '';
        """;

    private static string SqliteRefresh(string client) => $"""
            DELETE FROM "ClientSearchKeys" WHERE "ClientId" = {client};
        {SqliteInsertKeys($"\"Id\" = {client}", $"\"ClientId\" = {client}")}
        """;

    // SQLite keeps one SQL statement per migrationBuilder.Sql call safest; the migration splits on this marker.
    public const string Separator = Cases.CaseloadCountsSql.Separator;

    public static readonly string SqliteTriggers = string.Join($"\n{Separator}\n",
        $"""
        CREATE TRIGGER "TR_Clients_SearchKeys_Insert" AFTER INSERT ON "Clients" BEGIN
        {SqliteRefresh("NEW.\"Id\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Clients_SearchKeys_Update" AFTER UPDATE OF "PhoneticKey", "OwnerOrganisationId" ON "Clients" BEGIN
        {SqliteRefresh("NEW.\"Id\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Cases_SearchKeys_Insert" AFTER INSERT ON "Cases" BEGIN
        {SqliteRefresh("NEW.\"ClientId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Cases_SearchKeys_Update" AFTER UPDATE OF "OrganisationId", "ClientId" ON "Cases" BEGIN
        {SqliteRefresh("OLD.\"ClientId\"")}
        {SqliteRefresh("NEW.\"ClientId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Cases_SearchKeys_Delete" AFTER DELETE ON "Cases" BEGIN
        {SqliteRefresh("OLD.\"ClientId\"")}
        END;
        """,
        SqliteInsertKeys("true", "true"));

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "TR_Cases_SearchKeys_Delete";
        DROP TRIGGER IF EXISTS "TR_Cases_SearchKeys_Update";
        DROP TRIGGER IF EXISTS "TR_Cases_SearchKeys_Insert";
        DROP TRIGGER IF EXISTS "TR_Clients_SearchKeys_Update";
        DROP TRIGGER IF EXISTS "TR_Clients_SearchKeys_Insert";
        """;
}
