// Creates (or brings up to date) the two database roles of a deployment and their database:
//   DATABASE_ADMIN_URL=postgresql://postgres:…@host:5432/postgres \
//   DATABASE_OWNER_PASSWORD=… DATABASE_APP_PASSWORD=… \
//   npx tsx scripts/db-roles.ts --database cchc --owner cchc_owner --app cchc_app [--createdb] [--adopt] [--print]
// --createdb lets the owner create databases (CI and development: integration tests make their own);
// --adopt gives the owner every object of a database one role used to own; --print writes the SQL
// for a DBA instead of running it. Idempotent: run it again after changing a password.
// What the roles may do: lib/db/roles.ts. Then migrate as the owner and serve as the app:
//   DATABASE_OWNER_URL=postgresql://cchc_owner:…@host/cchc DATABASE_URL=postgresql://cchc_app:…@host/cchc npm start
import { parseArgs } from "node:util";
import pg from "pg";
import { getToolEnv } from "../lib/env";
import { connectionFields } from "../lib/db/pg-adapter";
import { adoptionStatements, clusterStatements, databaseStatements, type RoleSetup } from "../lib/db/roles";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: "string" },
      owner: { type: "string" },
      app: { type: "string" },
      createdb: { type: "boolean", default: false },
      adopt: { type: "boolean", default: false },
      print: { type: "boolean", default: false },
    },
  });
  if (!values.database || !values.owner || !values.app) {
    throw new Error("Cần --database, --owner và --app (ví dụ --database cchc --owner cchc_owner --app cchc_app).");
  }
  const env = getToolEnv();
  const setup: RoleSetup = {
    database: values.database,
    owner: values.owner,
    app: values.app,
    ownerPassword: env.DATABASE_OWNER_PASSWORD,
    appPassword: env.DATABASE_APP_PASSWORD,
    ownerMayCreateDatabases: values.createdb,
  };

  if (values.print) {
    const lines = [
      ...clusterStatements(setup, { roles: new Set(), database: false }),
      `\\connect ${setup.database}`,
      ...(values.adopt ? [adoptionStatements(setup.owner)] : []),
      ...databaseStatements(setup),
    ];
    console.log(lines.map((line) => (line.startsWith("\\") ? line : `${line};`)).join("\n"));
    return;
  }

  if (!env.DATABASE_ADMIN_URL) throw new Error("DATABASE_ADMIN_URL chưa được đặt (kết nối của một superuser, ví dụ postgresql://postgres:…@127.0.0.1:5432/postgres).");
  const admin = connectionFields(env.DATABASE_ADMIN_URL);
  const server = new pg.Client(admin);
  await server.connect();
  try {
    const roles = await server.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE rolname = ANY($1)", [[setup.owner, setup.app]]);
    const database = await server.query("SELECT 1 FROM pg_database WHERE datname = $1", [setup.database]);
    const existing = { roles: new Set(roles.rows.map((row) => row.rolname)), database: database.rowCount === 1 };
    for (const statement of clusterStatements(setup, existing)) await server.query(statement);
  } finally {
    await server.end();
  }

  const inside = new pg.Client({ ...admin, database: setup.database });
  await inside.connect();
  try {
    if (values.adopt) await inside.query(adoptionStatements(setup.owner));
    for (const statement of databaseStatements(setup)) await inside.query(statement);
  } finally {
    await inside.end();
  }
  console.log(`Đã tạo vai trò ${setup.owner} (chủ sở hữu, chạy migration) và ${setup.app} (ứng dụng) cho CSDL ${setup.database}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
