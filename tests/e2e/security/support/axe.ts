// axe-core on a page the route matrix opens (issue 23): the serious and critical violations, one
// line each with the rule, how many elements break it and the first of them — enough to find it.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

export async function seriousViolations(page: Page): Promise<string[]> {
  // violations only: axe then leaves out the passing nodes' details, the bulk of its time on a long table
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => {
      const first = violation.nodes[0];
      const target = first ? first.target.join(" ") : "";
      return `${violation.id} (${violation.impact}) ×${violation.nodes.length}: ${target} — ${first?.failureSummary?.split("\n")[1]?.trim() ?? violation.help}`;
    });
}
