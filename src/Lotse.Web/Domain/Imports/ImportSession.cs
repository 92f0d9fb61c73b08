namespace Lotse.Web.Domain.Imports;

public enum ImportFormat { Csv, Xlsx }

/// <summary>
/// Where an import stands. Uploaded: rows staged, columns not yet checked. Checking/Committing: a job runs
/// (only one at a time; the status change is the lock). Checked: every row has a dry-run outcome.
/// Committed: clients were created and the staged rows deleted.
/// </summary>
public enum ImportStatus { Uploaded, Checking, Checked, Committing, Committed }

public enum ImportRowOutcome { Valid, Invalid, Duplicate }

/// <summary>
/// An uploaded spreadsheet on its way into Lotse: staged rows, the column mapping and the dry-run result.
/// Holds personal data, so it lives in the database, belongs to the uploading case manager, expires after
/// a day and loses its rows on commit. Reads of the staged rows are audited.
/// </summary>
public class ImportSession
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OwnerUserId { get; set; }
    public Guid OrganisationId { get; set; }
    public string FileName { get; set; } = "";
    public ImportFormat Format { get; set; }
    /// <summary>How the file was read, in German, e.g. "CSV, UTF-8, Trennzeichen „;“".</summary>
    public string SourceDescription { get; set; } = "";
    public List<string> Headers { get; set; } = [];
    public int RowCount { get; set; }
    public int EmptyRowsSkipped { get; set; }
    /// <summary>Lotse field → zero-based column, as JSON (see Features/Import/Mapping/ColumnMapping).</summary>
    public string Mapping { get; set; } = "{}";
    public ImportStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? JobStartedAt { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    public int ValidRows { get; set; }
    public int InvalidRows { get; set; }
    public int DuplicateRows { get; set; }
    public int CreatedClients { get; set; }
    public int OpenedCases { get; set; }
    public int SkippedRows { get; set; }
    /// <summary>The outcome of the last job in German (refusal, failure, or what was created); never personal data.</summary>
    public string? Message { get; set; }
    /// <summary>The running job's progress (Features/Import/ImportProgress), visible to every app instance; null when no job runs.</summary>
    public string? ProgressPhase { get; set; }
    public int ProgressDone { get; set; }
    public int ProgressTotal { get; set; }
    public int Version { get; set; }
}

/// <summary>One data row of the file as text cells, with its dry-run outcome and the user's decision.</summary>
public class ImportRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    /// <summary>Row number as the spreadsheet shows it (header = 1).</summary>
    public int RowNumber { get; set; }
    public List<string> Cells { get; set; } = [];
    public ImportRowOutcome? Outcome { get; set; }
    /// <summary>"Zeile 17, Spalte Geburtsdatum: …" messages of the dry run.</summary>
    public List<string> Problems { get; set; } = [];
    /// <summary>Which existing client or earlier row this row probably duplicates (file number or row), with the score.</summary>
    public string? DuplicateOf { get; set; }
    public bool Excluded { get; set; }
    public bool DuplicateConfirmed { get; set; }
}
