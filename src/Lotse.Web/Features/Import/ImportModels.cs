using System.ComponentModel.DataAnnotations;
using Lotse.Web.Domain.Imports;
using Lotse.Web.Features.Import.Mapping;

namespace Lotse.Web.Features.Import;

public sealed record ImportColumn(int Index, string Letter, string Name);

public sealed record ImportFieldDto(ImportField Field, string Label, string Hint, bool Required, int? Column);

public sealed record ImportProgressDto(string Phase, int Done, int Total, int Percent);

/// <summary>An import without its rows (no personal data besides the file name).</summary>
public sealed record ImportSessionDto(
    Guid Id, string FileName, string Source, ImportStatus Status, string StatusName, IReadOnlyList<ImportColumn> Columns,
    IReadOnlyList<ImportFieldDto> Fields, int RowCount, int EmptyRowsSkipped, int ValidRows, int InvalidRows, int DuplicateRows,
    int ExcludedRows, int RowsToCreate, int CreatedClients, int OpenedCases, int SkippedRows, string? Message,
    ImportProgressDto? Progress, bool CanCommit, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record ImportListItem(Guid Id, string FileName, ImportStatus Status, string StatusName, int RowCount, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>One row of the dry run: what would happen and why.</summary>
public sealed record ImportRowDto(
    int Row, string Outcome, string OutcomeName, string Name, IReadOnlyList<string> Problems, string? DuplicateOf,
    bool Excluded, bool DuplicateConfirmed, bool WillBeCreated);

public sealed record ImportRowPage(IReadOnlyList<ImportRowDto> Items, int Total, int Page, int PageSize);

public enum ImportRowFilter { All, Problems, Invalid, Duplicates, Excluded }

public sealed class ImportMappingInput
{
    /// <summary>Lotse field name (e.g. "FirstName", see "fields" of the import) → zero-based column index.</summary>
    [Required(ErrorMessage = "Bitte geben Sie die Zuordnung der Spalten an.")]
    public Dictionary<string, int?>? Columns { get; set; }
}

public sealed class ImportDecisionInput
{
    [Required(ErrorMessage = "Bitte geben Sie die Zeilen an.")]
    [MaxLength(ImportDecisions.MaxPerRequest, ErrorMessage = "Höchstens 5000 Zeilen je Anfrage.")]
    public List<ImportRowDecision>? Rows { get; set; }
}

public sealed class ImportRowDecision
{
    [Range(1, int.MaxValue, ErrorMessage = "Bitte geben Sie die Zeilennummer an.")]
    public int Row { get; set; }
    /// <summary>Leave the row out of the import.</summary>
    public bool Excluded { get; set; }
    /// <summary>Create the row although it looks like a duplicate.</summary>
    public bool ConfirmDuplicate { get; set; }
}

public static class ImportDecisions
{
    public const int MaxPerRequest = 5000;
}

public static class ImportNames
{
    public static string Of(ImportStatus s) => s switch
    {
        ImportStatus.Uploaded => "hochgeladen, Zuordnung offen",
        ImportStatus.Checking => "Probelauf läuft",
        ImportStatus.Checked => "geprüft",
        ImportStatus.Committing => "Übernahme läuft",
        _ => "übernommen"
    };

    public static string Of(ImportRowOutcome? o, bool excluded) => excluded ? "ausgeschlossen" : o switch
    {
        ImportRowOutcome.Valid => "wird angelegt",
        ImportRowOutcome.Invalid => "fehlerhaft",
        ImportRowOutcome.Duplicate => "mögliche Dublette",
        _ => "noch nicht geprüft"
    };
}
