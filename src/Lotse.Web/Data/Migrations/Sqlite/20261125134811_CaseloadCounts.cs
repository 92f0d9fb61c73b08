using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseloadCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseloadByManager",
                columns: table => new
                {
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveCases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadByManager", x => x.CaseManagerId);
                });

            migrationBuilder.CreateTable(
                name: "CaseloadByMunicipality",
                columns: table => new
                {
                    MunicipalityKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveCases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadByMunicipality", x => x.MunicipalityKey);
                });

            // Maintained by triggers (Domain/Cases/CaseloadCounts.cs), then counted once from the existing cases.
            foreach (var statement in Lotse.Web.Domain.Cases.CaseloadCountsSql.SqliteTriggers.Split(Lotse.Web.Domain.Cases.CaseloadCountsSql.Separator))
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseloadCountsSql.SqliteDrop);
            migrationBuilder.DropTable(
                name: "CaseloadByManager");

            migrationBuilder.DropTable(
                name: "CaseloadByMunicipality");
        }
    }
}
