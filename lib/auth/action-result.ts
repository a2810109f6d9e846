// The one shape every server action returns (STYLE §5). No "server-only": client forms read it.

/** Messages per form field, as `z.flattenError(…).fieldErrors` gives them. */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = { ok: false; fieldErrors: FieldErrors; message: string };
export type ActionSuccess<R> = { ok: true; data: R };
export type ActionResult<R> = ActionSuccess<R> | ActionFailure;

/**
 * Thrown by a handler (or the data layer under it) to refuse with a message the user can act on,
 * e.g. a wrong current password. The transaction is rolled back and nothing is audited.
 */
export class ActionError extends Error {
  override name = "ActionError";
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}
