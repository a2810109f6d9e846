// The tasks page for any period (DESIGN §5.1). For 28/09/2021–31/08/2024 it shows the demo's
// calibration figures (16,298 assigned, 15,107 on time, 1,104 late at scale 1; the end-to-end
// data is seeded at a smaller scale, so the expected figures are counted here with SQL). Agency staff
// of today's Sở Tư pháp read, by today's units, its tasks and those of the departments it carries on.
import { expect, test } from "@playwright/test";
import { dateField, typeDay } from "../support/date-field";
import { signedInAs, withDatabase } from "../support/session";

// Journeys of several pages on a shared, busy machine take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const vi = new Intl.NumberFormat("vi-VN");

type Counts = { assigned: number; on_time: number; late: number; overdue: number };

async function windowCounts(agencyCodes?: string[]): Promise<Counts> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<Counts>(
      `SELECT count(*)::int AS assigned,
              count(*) FILTER (WHERE completed_at < $2 AND completed_at <= due_at)::int AS on_time,
              count(*) FILTER (WHERE completed_at < $2 AND completed_at > due_at)::int AS late,
              count(*) FILTER (WHERE (completed_at IS NULL OR completed_at >= $2) AND due_at < $3)::int AS overdue
         FROM task t JOIN agency a ON a.id = t.agency_id
        WHERE t.assigned_at >= $1 AND t.assigned_at < $2 AND ($4::text[] IS NULL OR a.code = ANY($4))`,
      ["2021-09-28T00:00:00+07:00", "2024-09-01T00:00:00+07:00", "2024-08-31T00:00:00+07:00", agencyCodes ?? null],
    );
    return rows[0]!;
  });
}

test("a leader reads the tasks of 28/09/2021–31/08/2024", async ({ page }) => {
  const expected = await windowCounts();
  expect(expected.assigned).toBeGreaterThan(0);
  await signedInAs(page, "lanhdao");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm vụ UBND tỉnh giao");

  await typeDay(dateField(page, "Từ ngày"), "2021-09-28");
  await typeDay(dateField(page, "Đến ngày"), "2024-08-31");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page.getByTestId("tasks-summary-heading")).toHaveText("Toàn tỉnh, 28/09/2021 – 31/08/2024");
  await expect(page.getByTestId("tasks-assigned")).toHaveText(vi.format(expected.assigned));
  await expect(page.getByTestId("tasks-done-on-time")).toHaveText(vi.format(expected.on_time));
  await expect(page.getByTestId("tasks-done-late")).toHaveText(vi.format(expected.late));
  await expect(page.getByTestId("tasks-overdue")).toHaveText(vi.format(expected.overdue));

  // the tasks done on time in the list are exactly those counted
  await page.getByLabel("Tình trạng").selectOption({ label: "Đúng hạn" });
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/period=2021-09-28_2024-08-31/);
  await expect(page.getByTestId("task-list-count")).toHaveText(`${vi.format(expected.on_time)} nhiệm vụ`);
  const statuses = page.getByTestId("task-row").getByRole("cell").filter({ hasText: /^(Quá hạn|Đúng hạn|Trễ hạn|Đang thực hiện)$/ });
  await expect(statuses).toHaveCount(Math.min(expected.on_time, 20));
  for (const status of await statuses.allTextContents()) expect(status).toBe("Đúng hạn");
});

test("agency staff see their own agency's tasks only, whatever the URL says", async ({ page }) => {
  const { ownId, otherId } = await withDatabase(async (client) => {
    const { rows } = await client.query<{ code: string; id: number }>("SELECT code, id FROM agency WHERE code IN ('T-STP', 'T-SYT')");
    return { ownId: rows.find((r) => r.code === "T-STP")!.id, otherId: rows.find((r) => r.code === "T-SYT")!.id };
  });
  const own = await windowCounts(["T-STP", "STP", "KH-STP"]);
  expect(own.assigned).toBeGreaterThan(0);
  await signedInAs(page, "stuphap");
  await page.goto(`/tasks?period=2021-09-28_2024-08-31&agency=${otherId}`);
  await expect(page.getByTestId("tasks-summary-heading")).toHaveText("Sở Tư pháp, 28/09/2021 – 31/08/2024");
  await expect(page.getByTestId("tasks-assigned")).toHaveText(vi.format(own.assigned));
  await expect(page.getByTestId("tasks-by-agency").getByRole("rowheader")).toHaveText(["Sở Tư pháp"]);
  await expect(page.getByTestId("tasks-by-agency")).not.toContainText("Sở Y tế");
  await expect(page.getByTestId("task-list-count")).toHaveText(`${vi.format(own.assigned)} nhiệm vụ`);

  // their agency's page shows its tasks and trend
  await page.goto(`/agencies/${ownId}`);
  await expect(page.getByTestId("agency-tasks")).toBeVisible();
  await expect(page.getByTestId("agency-tasks-trend")).toBeVisible();
});

test("an anonymous visitor asking for the tasks page is sent to sign in", async ({ page }) => {
  await page.goto("/tasks?period=2024");
  await expect(page).toHaveURL(/\/sign-in/);
});
