using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lotse.Web.Data;

// Used only by "dotnet ef migrations add": each provider keeps its own migrations folder.
//   dotnet ef migrations add NAME --project src/Lotse.Web --context SqliteLotseDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/Lotse.Web --context PostgresLotseDbContext --output-dir Data/Migrations/Postgres

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLotseDbContext>
{
    public SqliteLotseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLotseDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLotseDbContext>
{
    public PostgresLotseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLotseDbContext>().UseNpgsql("Host=localhost;Database=lotse_design").Options);
}
