using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CertificateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrientationCourseCompleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    EmploymentKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SchoolYear = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidencePresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
