// The setup project: each demo role signs in once per run through the real sign-in form, and its
// session (the cookies next-auth set) is saved for the journeys to start from (support/session.ts).
import { test as setup } from "@playwright/test";
import { SESSION_LOGINS, sessionFile, signInAndWait } from "./session";

for (const login of SESSION_LOGINS) {
  setup(`${login} signs in through the form`, async ({ page }) => {
    await signInAndWait(page, login);
    await page.context().storageState({ path: sessionFile(login) });
  });
}
