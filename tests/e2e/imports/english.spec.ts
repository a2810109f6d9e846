// The import in English (issue 23): an English uploader's refused file is explained in English on
// the run's page, and its rejected rows' reasons too; the same run read in Vietnamese shows today's
// words (the run stores a key with its arguments, worded for each reader).
import { expect, test, type Page } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

async function readIn(page: Page, locale: "vi" | "en") {
  const base = test.info().project.use.baseURL ?? "http://127.0.0.1:3100";
  await page.context().addCookies([{ name: "cchc-locale", value: locale, url: base }]);
}

async function uploadTasks(page: Page, name: string, lines: string[]) {
  await page.goto("/admin/imports");
  await page.getByLabel("Kind of data").selectOption("TASK");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + lines.join("\r\n"), "utf8") });
  await page.getByRole("button", { name: "Upload and check" }).click();
}

test("an English uploader reads a refused file and rejected rows in English; a Vietnamese reader the same run in Vietnamese", async ({ page }) => {
  await signedInAs(page, "sonoivu");
  await readIn(page, "en");
  const stamp = Date.now();

  await uploadTasks(page, `thieu-cot-${stamp}.csv`, ["Mã nhiệm vụ;Mã cơ quan", `E2E-EN-${stamp};T-STP`]);
  await expect(page.getByTestId("import-status")).toHaveText("File refused", SLOW);
  const columns = "Nội dung nhiệm vụ, Ngày giao, Hạn hoàn thành";
  await expect(page.getByRole("alert").filter({ hasText: "Required columns" })).toHaveText(`Required columns missing: ${columns}. Use the template.`);
  const refused = page.url();

  const agency = await withDatabase(async (client) => (await client.query<{ code: string }>("SELECT code FROM agency ORDER BY id LIMIT 1")).rows[0]!.code);
  await uploadTasks(page, `ngay-sai-${stamp}.csv`, [
    "Mã nhiệm vụ;Nội dung nhiệm vụ;Mã cơ quan;Ngày giao;Hạn hoàn thành;Ngày hoàn thành",
    `E2E-EN-${stamp}-1;Việc có ngày sai;${agency};31/02/2024;2024-07-01;`,
  ]);
  await expect(page.getByTestId("import-status")).toHaveText("Awaiting confirmation", SLOW);
  const row = page.getByTestId("import-errors").getByRole("row").nth(1);
  await expect(row).toContainText("Ngày giao");
  await expect(row).toContainText("Invalid date");
  // the error report is written in the uploader's language
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the error report (CSV)" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString("utf8")).toMatch(/^\uFEFFLine,Column,Reason,Mã nhiệm vụ/);

  await readIn(page, "vi");
  await page.goto(refused);
  await expect(page.getByTestId("import-status")).toHaveText("Tệp bị từ chối");
  await expect(page.getByRole("alert").filter({ hasText: "Tệp thiếu" })).toHaveText(`Tệp thiếu cột bắt buộc: ${columns}. Hãy dùng tệp mẫu.`);
});
