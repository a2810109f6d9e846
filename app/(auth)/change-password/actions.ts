"use server";
// Any signed-in user changes their own password (OWN_ACCOUNT: no row in the decision table;
// the handler uses the viewer's id only). Required after an administrator reset. The change ends
// the user's other sessions (the session version rises); this one gets the new version and stays.
import { action, OWN_ACCOUNT } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/data/auth";
import { renewSessionVersion } from "@/lib/auth/session-cookie";
import { changePasswordSchema } from "@/lib/validations/auth";

type ChangedPassword = { userId: number };

export const changePassword = action(
  {
    permission: OWN_ACCOUNT,
    schema: changePasswordSchema,
    audit: {
      event: "PASSWORD_CHANGED",
      entityId: (_input, result: ChangedPassword) => String(result.userId),
    },
    redirectTo: () => "/",
  },
  async (input, { viewer, tx }): Promise<ChangedPassword> => {
    const { sessionVersion } = await changeOwnPassword(tx, viewer, input);
    // last, so that a refused change (wrong current password) leaves the cookie as it was
    await renewSessionVersion(sessionVersion);
    return { userId: viewer.userId };
  },
);
