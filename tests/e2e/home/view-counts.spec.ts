// A signed-in official opens the home page and reads the four headline counts; they match the
// database (the agencies: those in force today).
import { expect, test } from "@playwright/test";
import { formatNumber } from "@/tests/support/vi";
import { signedInAs, withDatabase } from "../support/session";

const TABLES = { agencies: "agency", procedures: "procedure", tasks: "task", dossiers: "dossier" } as const;

type Expected = { counts: Record<keyof typeof TABLES, number>; provinceName: string };

async function readDatabase(): Promise<Expected> {
  return withDatabase(async (client) => {
    const entries: [string, number][] = [];
    for (const [key, table] of Object.entries(TABLES)) {
      const where = table === "agency" ? " WHERE valid_to IS NULL" : "";
      const result = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}${where}`);
      entries.push([key, Number(result.rows[0]?.count)]);
    }
    const setting = await client.query<{ name: string | null }>(
      "SELECT value->>'name' AS name FROM setting WHERE key = 'province'",
    );
    const provinceName = setting.rows[0]?.name ?? process.env.PROVINCE_NAME ?? "Khánh Hòa";
    return { counts: Object.fromEntries(entries) as Expected["counts"], provinceName };
  });
}

test("the home page shows the database's counts in vi-VN format", async ({ page }) => {
  const expected = await readDatabase();

  await signedInAs(page, "lanhdao");
  await page.goto("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("banner").getByTestId("province-name")).toContainText(expected.provinceName);
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();

  for (const [key, count] of Object.entries(expected.counts)) {
    await expect(page.getByTestId(`count-${key}`)).toHaveText(formatNumber(count));
  }
});

test("an anonymous visitor is sent to sign-in and sees no figures", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("count-dossiers")).toHaveCount(0);
});
