// Home Affairs imports a task file: dry run with a rejected row, confirmation, history and the
// error report. Agency staff and anonymous visitors are refused, and nothing is written.
import { expect, test } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

// an upload, its dry run and its write are several round trips: more time than a page view
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

const HEADER = "Mã nhiệm vụ;Nội dung nhiệm vụ;Mã cơ quan;Ngày giao;Hạn hoàn thành;Ngày hoàn thành";

async function anAgencyCode(): Promise<string> {
  return withDatabase(async (client) => (await client.query<{ code: string }>("SELECT code FROM agency ORDER BY id LIMIT 1")).rows[0]!.code);
}

const count = (sql: string, params: unknown[] = []) =>
  withDatabase(async (client) => (await client.query<{ n: number }>(sql, params)).rows[0]!.n);

test("Home Affairs uploads a file, sees the dry run, confirms, and finds it in the history", async ({ page }) => {
  const agency = await anAgencyCode();
  const stamp = Date.now();
  const lines = [
    HEADER,
    `E2E-${stamp}-1;Rà soát thủ tục hành chính;${agency};01/03/2024;30/06/2024;15/06/2024`,
    `E2E-${stamp}-2;"Báo cáo; tổng hợp";${agency};2024-03-02;2024-07-01;`,
    `E2E-${stamp}-3;Việc có ngày sai;${agency};31/02/2024;2024-07-01;`,
  ];
  await signedInAs(page, "sonoivu");
  await page.goto("/admin/imports");
  await page.getByLabel("Loại dữ liệu").selectOption("TASK");
  await page.getByLabel("Tệp", { exact: true }).setInputFiles({ name: `nhiem-vu-${stamp}.csv`, mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + lines.join("\r\n"), "utf8") });
  await page.getByRole("button", { name: "Tải lên và kiểm tra thử" }).click();

  await expect(page.getByTestId("import-status")).toHaveText("Chờ xác nhận", SLOW);
  await expect(page.getByTestId("import-total")).toHaveText("3");
  await expect(page.getByTestId("import-create")).toHaveText("2");
  await expect(page.getByTestId("import-rejected")).toHaveText("1");
  const errors = page.getByTestId("import-errors");
  await expect(errors.getByRole("row").nth(1)).toContainText("4");
  await expect(errors.getByRole("row").nth(1)).toContainText("Ngày giao");
  expect(await count("SELECT count(*)::int AS n FROM task WHERE code LIKE $1", [`E2E-${stamp}-%`])).toBe(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải báo cáo lỗi (CSV)" }).click();
  const report = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of report) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString("utf8")).toMatch(/^\uFEFFDòng,Cột,Lý do/);

  await page.getByRole("button", { name: "Xác nhận nhập 2 dòng hợp lệ" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Đã nhập", SLOW);
  expect(await count("SELECT count(*)::int AS n FROM task WHERE code LIKE $1", [`E2E-${stamp}-%`])).toBe(2);

  await page.goto("/admin/imports");
  await expect(page.getByTestId("import-history").getByRole("link", { name: `nhiem-vu-${stamp}.csv` })).toBeVisible();
});

test("agency staff cannot open the import page, and a forged upload writes nothing", async ({ page }) => {
  await signedInAs(page, "stuphap");
  const response = await page.goto("/admin/imports");
  expect(response?.status()).toBe(404);
  const before = await count("SELECT count(*)::int AS n FROM import_run");
  const forged = await page.request.post("/api/imports", {
    headers: { "x-import-kind": "TASK", "x-file-name": "gia-mao.csv" },
    data: Buffer.from(`${HEADER}\r\nFORGED-1;Giả mạo;STP;01/03/2024;30/06/2024;`, "utf8"),
  });
  expect(forged.status()).toBe(403);
  expect(await count("SELECT count(*)::int AS n FROM import_run")).toBe(before);
  expect(await count("SELECT count(*)::int AS n FROM task WHERE code = 'FORGED-1'")).toBe(0);
});

test("anonymous visitors are sent to sign-in, and the upload endpoint answers 401", async ({ page }) => {
  await page.goto("/admin/imports");
  await expect(page).toHaveURL(/\/sign-in/);
  // from this site (a request from another site is refused before the session is looked at: 403)
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/api/imports", { headers: { origin, "x-import-kind": "TASK", "x-file-name": "a.csv" }, data: "x" });
  expect(response.status()).toBe(401);
});

test("Home Affairs creates an API token that works once shown, and revokes it", async ({ page }) => {
  const agency = await anAgencyCode();
  await signedInAs(page, "sonoivu");
  await page.goto("/admin/api-tokens");
  await page.getByLabel("Tên hệ thống").fill(`Phần mềm quản lý văn bản ${Date.now()}`);
  await page.getByLabel("Nhiệm vụ").check();
  await page.getByRole("button", { name: "Tạo khóa" }).click();
  await expect(page.getByTestId("new-api-token")).toBeVisible(SLOW);
  const token = ((await page.getByTestId("new-api-token").textContent()) ?? "").trim();
  expect(token).toMatch(/^cchc_/);

  const code = `E2E-API-${Date.now()}`;
  const post = () =>
    page.request.post("/api/v1/tasks", {
      headers: { authorization: `Bearer ${token}` },
      data: { records: [{ code, title: "Nhiệm vụ gửi qua API", agencyCode: agency, assignedAt: "2024-03-01", dueAt: "2024-06-30" }] },
    });
  const first = await post();
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ created: 1, updated: 0 });

  await page.reload();
  await page.getByTestId("api-tokens").getByRole("row").nth(1).getByRole("button", { name: "Thu hồi" }).click();
  await expect(page.getByTestId("api-tokens").getByRole("row").nth(1)).toContainText("Đã thu hồi", SLOW);
  expect((await post()).status()).toBe(401);
});
