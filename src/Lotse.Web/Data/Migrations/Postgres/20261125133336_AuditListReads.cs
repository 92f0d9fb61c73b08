using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditSubjects",
                columns: table => new
                {
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuditEntryId = table.Column<long>(type: "bigint", nullable: false)
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
