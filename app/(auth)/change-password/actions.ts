"use server";
// Any signed-in user changes their own password (OWN_ACCOUNT: no row in the decision table;
// the handler uses the viewer's id only). Required after an administrator reset.
import { action, OWN_ACCOUNT } from "@/lib/auth/action";
import { changeOwnPassword } from "@/lib/data/auth";
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
    await changeOwnPassword(tx, viewer, input);
    return { userId: viewer.userId };
  },
);
