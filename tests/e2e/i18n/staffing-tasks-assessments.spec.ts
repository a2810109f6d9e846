// English second (issue 23) on the tasks, staffing and assessment pages: a viewer who chose English
// reads their headings, labels, statuses and ratings in English with en-GB numbers and dates, while
// units' proper names stay Vietnamese. The locale is the viewer's cookie (lib/i18n/locale-cookie.ts),
// set here directly: the switch itself and its saving are switch-language.spec.ts's journey.
import { expect, test, type Page } from "@playwright/test";
import { signedInAs, withDatabase, type SessionLogin } from "../support/session";

test.describe.configure({ timeout: 120_000 });

const en = new Intl.NumberFormat("en-GB");
/** en-GB's short month as this ICU writes it ("Sep" or "Sept"): the app formats with the same Intl. */
const day = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

async function inEnglish(page: Page, login: SessionLogin): Promise<void> {
  await signedInAs(page, login);
  const { hostname } = new URL(page.url());
  await page.context().addCookies([{ name: "cchc-locale", value: "en", domain: hostname, path: "/" }]);
}

async function agencyId(code: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM agency WHERE code = $1", [code]);
    if (!rows[0]) throw new Error(`no agency ${code}`);
    return rows[0].id;
  });
}

test("the tasks page in English: headings, en-GB dates and counts, statuses", async ({ page }) => {
  const assigned = await withDatabase(async (client) => {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM task WHERE assigned_at >= $1 AND assigned_at < $2",
      ["2021-09-28T00:00:00+07:00", "2024-09-01T00:00:00+07:00"],
    );
    return rows[0]!.n;
  });
  expect(assigned).toBeGreaterThan(0);
  await inEnglish(page, "lanhdao");
  await page.goto("/tasks?period=2021-09-28_2024-08-31");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tasks assigned by the Provincial People's Committee");
  await expect(page.getByTestId("tasks-summary-heading")).toHaveText(`Whole province, ${day("2021-09-28")} – ${day("2024-08-31")}`);
  await expect(page.getByTestId("tasks-assigned")).toHaveText(en.format(assigned));
  await expect(page.getByTestId("task-list-count")).toHaveText(`${en.format(assigned)} tasks`);
  await expect(page.getByTestId("tasks-by-agency").getByRole("columnheader").first()).toHaveText("Agency");
  await expect(page.getByTestId("task-row").first().getByRole("cell").last()).toHaveText(/^(On time|Late|In progress|Overdue)$/);
});

test("the staffing page in English: categories, en-GB percentages, Vietnamese unit names", async ({ page }) => {
  await inEnglish(page, "lanhdao");
  await page.goto("/staffing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staffing quotas and streamlining");
  await expect(page.getByTestId("autonomy-2021").getByRole("cell")).toHaveText(["5", "27", "8", "11", "18", "311", "380", "8.42%"]);
  await expect(page.getByTestId("staffing-progress-table").getByRole("columnheader", { name: "Civil servants (administrative)" })).toBeVisible();
  await expect(page.getByTestId("staffing-streamlined-total")).toHaveText(/^Streamlining 2022–2026: [\d,]+ cases\.$/);
  await expect(page.getByTestId("quota-table")).toContainText("Sở Tư pháp");
});

test("the assessments in English: ratings, alerts and scores with a decimal point", async ({ page }) => {
  const bdt = await agencyId("BDT");
  const bacAi = await agencyId("H-BA");
  await inEnglish(page, "sonoivu");
  await page.goto("/assessments?year=2024&group=NT-SBN&units=time");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yearly administrative-reform assessment of agencies");
  const alert = page.getByTestId(`board-row-${bdt}`).getByTestId("alert-REPLACEMENT_AVERAGE-2024");
  await expect(alert).toContainText("Replacement review of the head of agency");
  await expect(alert).toContainText("2022: Average, 76.2 appraised points");

  await page.goto(`/agencies/${bacAi}`);
  await expect(page.getByTestId("assessment-2024")).toContainText("61.75");
  await expect(page.getByTestId("assessment-2024")).toContainText("Weak");
});
