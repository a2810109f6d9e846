// Why an import step failed, in Vietnamese for the run's page and the progress stream. A refusal
// the user can act on keeps its own message; a lost connection or a busy database says so and that
// nothing was written; anything else is logged in full with a reference the page shows, and never
// reaches the user as raw database text (DESIGN §9).
import "server-only";
import { transientFailure } from "@/lib/errors/database";
import { t } from "@/lib/i18n";
import { ImportFileError } from "@/lib/import/file-error";
import { LeaseLostError } from "./lease";

/** A refusal whose message is shown as it is (Vietnamese). */
export class ImportRefusedError extends Error {
  override name = "ImportRefusedError";
}

export function describeFailure(error: unknown, runId: number, step: string): string {
  if (error instanceof ImportRefusedError || error instanceof ImportFileError || error instanceof LeaseLostError) return error.message;
  const transient = transientFailure(error);
  if (transient === "connection") return t("import.error.connectionLost");
  if (transient) return t("import.error.busy");
  const reference = `import-${runId}-${step}`;
  console.error(`[import] run ${runId}: the ${step} failed (${reference})`, error);
  return t("import.error.failed", { reference });
}
