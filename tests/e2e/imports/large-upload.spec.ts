// An import file larger than the 10 MB that Next.js copies for a proxy reaches the import whole:
// every row is counted in the dry run (before the fix, the route saw the first 10 MB and rejected
// the row it cut in half). Nothing is confirmed, so nothing is written.
import { expect, test } from "@playwright/test";
import { savedSession } from "../security/support/client";
import { withDatabase } from "../support/session";

test.describe.configure({ timeout: 180_000 });

test("a 12 MB task file is read to its last row", async () => {
  const homeAffairs = await savedSession("sonoivu");
  const agency = await withDatabase(async (client) => (await client.query<{ code: string }>("SELECT code FROM agency ORDER BY id LIMIT 1")).rows[0]!.code);
  const stamp = Date.now();
  const title = "Rà soát, đơn giản hóa thủ tục hành chính ".repeat(11).trim();
  const lines = ["Mã nhiệm vụ;Nội dung nhiệm vụ;Mã cơ quan;Ngày giao;Hạn hoàn thành;Ngày hoàn thành"];
  let bytes = 0;
  for (let i = 1; bytes < 12 * 1024 * 1024; i += 1) {
    const line = `E2E-BIG-${stamp}-${i};${title} ${i};${agency};01/03/2024;30/06/2024;`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 2;
  }
  lines.push(`E2E-BIG-${stamp}-last;${title};${agency};31/02/2024;30/06/2024;`); // the one bad row, at the very end
  const body = Buffer.from(lines.join("\r\n"), "utf8");
  const fileName = `nhiem-vu-lon-${stamp}.csv`;
  const response = await homeAffairs.ctx.post("/api/imports", {
    headers: { "x-import-kind": "TASK", "x-file-name": fileName, "content-type": "text/csv" },
    data: body,
    timeout: 150_000,
  });
  expect(response.status()).toBe(200);
  const last = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { done?: { runId: number } };
  const run = await withDatabase(async (client) =>
    (await client.query<{ total_rows: number; rejected_rows: number; file_size: string }>("SELECT total_rows, rejected_rows, file_size::text FROM import_run WHERE file_name = $1", [fileName])).rows[0],
  );
  expect(last, "the stream's last line").toBeTruthy();
  expect(run).toEqual({ total_rows: lines.length - 1, rejected_rows: 1, file_size: String(body.length) });
  expect(await withDatabase(async (client) => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM task WHERE code LIKE $1", [`E2E-BIG-${stamp}-%`])).rows[0]!.n)).toBe(0);
  await homeAffairs.ctx.dispose();
});
