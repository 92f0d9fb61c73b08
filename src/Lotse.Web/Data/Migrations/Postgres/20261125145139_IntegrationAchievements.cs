using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntegrationAchievements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntegrationAchievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CertificateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AchievedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrientationCourseCompleted = table.Column<bool>(type: "boolean", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    EmploymentKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChildName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SchoolYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EvidencePresent = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationAchievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrationAchievements_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationAchievements_ClientId",
                table: "IntegrationAchievements",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntegrationAchievements");
        }
    }
}
