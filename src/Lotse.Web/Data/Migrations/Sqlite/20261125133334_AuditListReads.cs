using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditListReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubjectIds",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditSubjects",
                columns: table => new
                {
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuditEntryId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSubjects", x => new { x.EntityType, x.EntityId, x.AuditEntryId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditSubjects");

            migrationBuilder.DropColumn(
                name: "SubjectIds",
                table: "AuditEntries");
        }
    }
}
