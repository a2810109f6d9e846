// `npm run org:record-2025 -- --as <username> [--users move|deactivate]`: records the 2025
// reorganisation of tỉnh Khánh Hòa (NQ 1198, the departments of Nghị định 45/2025, NQ 202, NQ 1667,
// the end of the district level) on a database that holds old Ninh Thuận's data — the migration of
// an existing deployment by recording the acts, not by reseeding (issue 15). One transaction: all
// or nothing; every act audited as the given account. Runs with the react-server condition so that
// the data layer's "server-only" modules load (package.json).
import { parseArgs } from "node:util";
import { unsafeRecordDemoActs } from "../lib/data/record-acts";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { as: { type: "string" }, users: { type: "string", default: "move" } } });
  if (!values.as || (values.users !== "move" && values.users !== "deactivate")) {
    console.error("Dùng: npm run org:record-2025 -- --as <tên đăng nhập quản trị viên hoặc Sở Nội vụ> [--users move|deactivate]");
    return 2;
  }
  const reports = await unsafeRecordDemoActs({ actor: values.as, users: values.users, log: (line) => console.log(`  ${line}`) });
  for (const report of reports) if (report.skipped) console.log(`  ${report.actNumber}: bỏ qua (${report.skipped})`);
  console.log(`Đã ghi nhận ${reports.filter((r) => r.applied).length} văn bản sắp xếp.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
