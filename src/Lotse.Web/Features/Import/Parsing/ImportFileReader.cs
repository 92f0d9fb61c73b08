using Lotse.Web.Infrastructure.Http;

namespace Lotse.Web.Features.Import.Parsing;

/// <summary>Recognises the kind of an uploaded file by its content (not its name) and reads it.</summary>
public static class ImportFileReader
{
    public static Result<TabularFile> Read(byte[] content, string? sheetName = null)
    {
        if (content.Length == 0) return Refuse("Die Datei ist leer.");
        if (content.Length > ImportLimits.MaxFileBytes)
            return Refuse($"Die Datei ist größer als {ImportLimits.MaxFileText}. Bitte teilen Sie sie auf mehrere Dateien auf.");

        var (file, error) = Kind(content) switch
        {
            FileKind.Xlsx => XlsxFileReader.Read(content, sheetName),
            FileKind.LegacyExcel => (null, "Das alte Excel-Format (.xls) und passwortgeschützte Arbeitsmappen werden nicht unterstützt. " +
                                           "Bitte speichern Sie die Datei in Excel ohne Kennwort als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV (Trennzeichen-getrennt)“."),
            FileKind.Pdf => (null, "PDF-Dateien können nicht importiert werden. Bitte laden Sie die Tabelle im CSV- oder XLSX-Format hoch."),
            _ => CsvFileReader.Read(content)
        };
        return file is null ? Refuse(error!) : file;
    }

    public enum FileKind { Text, Xlsx, LegacyExcel, Pdf }

    public static FileKind Kind(ReadOnlySpan<byte> content) => content switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => FileKind.Xlsx,
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => FileKind.LegacyExcel,
        [0x25, 0x50, 0x44, 0x46, ..] => FileKind.Pdf,
        _ => FileKind.Text
    };

    private static Error Refuse(string message) => Error.Invalid("file", message);
}
