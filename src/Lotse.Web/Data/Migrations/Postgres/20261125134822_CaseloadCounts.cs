using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
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
                    CaseManagerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveCases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadByManager", x => x.CaseManagerId);
                });

            migrationBuilder.CreateTable(
                name: "CaseloadByMunicipality",
                columns: table => new
                {
                    MunicipalityKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveCases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseloadByMunicipality", x => x.MunicipalityKey);
                });

            // Maintained by triggers (Domain/Cases/CaseloadCounts.cs), then counted once from the existing cases.
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseloadCountsSql.PostgresTriggers);
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseloadCountsSql.PostgresRecount);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Lotse.Web.Domain.Cases.CaseloadCountsSql.PostgresDrop);
            migrationBuilder.DropTable(
                name: "CaseloadByManager");

            migrationBuilder.DropTable(
                name: "CaseloadByMunicipality");
        }
    }
}
