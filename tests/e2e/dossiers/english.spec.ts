// The dossier pages in English (issue 23): an inspector who chose English reads the drill-down, the
// heat map and a dossier in English, with English numbers and dates (99.47% ; 28 Sep 2021), while the
// agencies keep their Vietnamese names; the inspection flag's form, drawn on the client, speaks
// English too (its namespace reached the client).
import { expect as baseExpect, test } from "@playwright/test";
import { signedInAs, withDatabase } from "../support/session";

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

/** The most recent dossier resolved late: its page has an outcome, dates and (for inspectors) the flag form. */
async function lateDossierId(): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      "SELECT id FROM dossier WHERE resolved_at IS NOT NULL AND resolved_at > due_at + interval '2 days' ORDER BY received_at DESC, id LIMIT 1",
    );
    if (!rows[0]) throw new Error("the demo data has no late dossier");
    return rows[0].id;
  });
}

test("an inspector reads the dossier drill-down, the heat map and a dossier in English", async ({ page, baseURL }) => {
  const id = await lateDossierId();
  await signedInAs(page, "thanhtra");
  await page.context().addCookies([{ name: "cchc-locale", value: "en", url: baseURL ?? "http://127.0.0.1:3100" }]);

  await test.step("the province level: English headers and rates, Vietnamese agency names", async () => {
    await page.goto("/dossiers?period=2026");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How dossiers are handled");
    const table = page.getByTestId("drill-agencies");
    await expect(table.getByRole("columnheader", { name: /Late rate/ })).toBeVisible();
    await expect(table.locator("tfoot")).toContainText("Total:");
    // a rate as en-GB writes it, and an agency by its own (Vietnamese) name
    await expect(table.locator("tbody tr").first()).toContainText(/\d+\.\d{2}%/);
    await expect(table.locator("tbody th").first()).toHaveText(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  await test.step("the heat map: English heading, each cell named in English formats", async () => {
    await page.goto("/dossiers/heatmap?year=2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Late rate by agency and month, 2025");
    await expect(page.getByTestId("heat-map").locator("a.heat-a").first()).toHaveAttribute("aria-label", /, 01\/2025: (\d+\.\d{2}%|–)$/);
  });

  await test.step("a dossier: its outcome, dates in English, the flag form in English", async () => {
    await page.goto(`/dossiers/${id}`);
    await expect(page.getByRole("heading", { name: /^Outcome:/ })).toContainText("Late");
    await expect(page.getByTestId("outcome-reason")).toHaveText(/^Resolved on \d{1,2} [A-Z][a-z]{2,3} \d{4}, after its due day \d{1,2} [A-Z][a-z]{2,3} \d{4} \(days late: \d+\)\.$/);
    await expect(page.getByRole("button", { name: "Flag for inspection" })).toBeVisible();
  });
});
