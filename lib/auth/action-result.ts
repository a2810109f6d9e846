// The one shape every server action returns (STYLE §5). No "server-only": client forms read it.
import type { AppErrorCode } from "@/lib/errors/codes";

/** Messages per form field, as `z.flattenError(…).fieldErrors` gives them. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** A refusal: its code (lib/errors), the message in the user's language, and messages per field. */
export type ActionFailure = { ok: false; code: AppErrorCode; fieldErrors: FieldErrors; message: string };
export type ActionSuccess<R> = { ok: true; data: R };
export type ActionResult<R> = ActionSuccess<R> | ActionFailure;
