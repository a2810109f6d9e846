// Why an import step failed, as a message key with its arguments: stored with the run and worded
// on its page in the reader's language, worded in the uploader's for the progress stream. A refusal
// the user can act on keeps its own message; a lost connection or a busy database says so and that
// nothing was written; anything else is logged in full with a reference the page shows, and never
// reaches the user as raw database text (DESIGN §9).
import "server-only";
import { transientFailure } from "@/lib/errors/database";
import { DEFAULT_LOCALE, translate } from "@/lib/i18n/locales";
import { KeyedImportError } from "@/lib/import/file-error";
import type { KeyedMessage } from "@/lib/validations/messages";

/** A refusal whose message says what to do. */
export class ImportRefusedError extends KeyedImportError {
  override name = "ImportRefusedError";
}

export function describeFailure(error: unknown, runId: number, step: string): KeyedMessage {
  if (error instanceof KeyedImportError) return error.said;
  const transient = transientFailure(error);
  if (transient === "connection") return { key: "import.error.connectionLost" };
  if (transient) return { key: "import.error.busy" };
  const reference = `import-${runId}-${step}`;
  console.error(`[import] run ${runId}: the ${step} failed (${reference})`, error);
  return { key: "import.error.failed", values: { reference } };
}

/**
 * A run's message as import_run stores it: its key and arguments (worded when read), and the
 * Vietnamese words in `message`, which runs stored before the keys hold alone and SQL readers see.
 */
export function storedMessage(said: KeyedMessage): { text: string; key: string; values: string | null } {
  return { text: translate(DEFAULT_LOCALE, said.key, said.values), key: said.key, values: said.values ? JSON.stringify(said.values) : null };
}
