using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lotse.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClientSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClientSearchKeys",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientSearchKeys", x => new { x.OrganisationId, x.Key, x.ClientId });
                    table.ForeignKey(
                        name: "FK_ClientSearchKeys_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientSearchKeys_ClientId",
                table: "ClientSearchKeys",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientSearchKeys_Key_ClientId",
                table: "ClientSearchKeys",
                columns: new[] { "Key", "ClientId" });

            // Maintained by triggers (Domain/Clients/ClientSearchKey.cs), then filled once from the existing clients.
            migrationBuilder.Sql(Lotse.Web.Domain.Clients.ClientSearchKeysSql.PostgresTriggers);
            migrationBuilder.Sql(Lotse.Web.Domain.Clients.ClientSearchKeysSql.PostgresRebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Lotse.Web.Domain.Clients.ClientSearchKeysSql.PostgresDrop);
            migrationBuilder.DropTable(
                name: "ClientSearchKeys");
        }
    }
}
