// What a browser and an attacker's client see of the issue-17 defences: the security headers on a
// page and on API responses (HSTS and Secure cookies only when the trusted proxy reports HTTPS),
// no CSP violation on real pages in Chromium, no redirect off the site after signing in, no
// state change from another site, the audit address and the sign-in throttle keyed by the client
// as the trusted proxy reports it (and not as the client claims), and sessions that end when
// their password changes elsewhere.
import { expect, test, type Page } from "@playwright/test";
import { t } from "@/tests/support/vi";
import { signInAndWait, withDatabase } from "../support/session";
import { anonymous, BASE_URL, savedSession, signedIn, viaProxy } from "./support/client";
import { createTestUser } from "./support/database";

const host = new URL(BASE_URL).host;

test.describe("headers", () => {
  test("a page carries a nonce CSP whose nonce is on every script, and the fixed headers", async ({ request }) => {
    const first = await request.get("/sign-in");
    const headers = first.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toBeUndefined();
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const second = await request.get("/sign-in");
    expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  });

  test("an API response allows nothing to run or frame it", async ({ request }) => {
    for (const path of ["/api/v1/openapi.json", "/api/auth/session"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("default-src 'none'");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
  });

  test("HSTS and upgrade-insecure-requests only when the trusted proxy says HTTPS", async ({ request }) => {
    const proxied = await viaProxy("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(proxied.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(String(proxied.headers["content-security-policy"])).toContain("upgrade-insecure-requests");
    const claimed = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("real pages in Chromium hydrate without a single CSP violation or header warning", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy|Permissions-Policy|X-Frame-Options/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await signInAndWait(page, "sonoivu");
    // the scorecard's lazily loaded charts, a page of forms, and the not-found page
    for (const path of ["/scorecard", "/admin/imports", "/khong-co-trang-nay"]) {
      await page.goto(path);
      await page.waitForLoadState("load");
    }
    // the client router works, so the scripts ran
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhiệm vụ" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
    expect(violations).toEqual([]);
  });
});

test.describe("redirects after sign-in", () => {
  async function signInWith(page: Page, callbackUrl: string) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Tên đăng nhập hoặc thư điện tử").fill("lanhdao");
    await page.getByLabel("Mật khẩu").fill("CCHC@2026");
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    // wherever the form sends the browser: a page of this site, or (the defect) another site
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 15_000 });
  }

  test("never leave the site, whatever callbackUrl says", async ({ page }) => {
    // the rest of the payloads are in tests/unit/auth/passwords-and-redirects.test.ts
    for (const callbackUrl of ["//evil.example/x", "/\\evil.example/x", "https://evil.example/x"]) {
      await signInWith(page, callbackUrl);
      expect(new URL(page.url()).host, callbackUrl).toBe(host);
      await page.context().clearCookies();
    }
  });

  test("tab and line feed in callbackUrl get 400, not a redirect or 500", async ({ request }) => {
    for (const raw of ["/%09/evil.example/x", "/%0A/x", "/%0D%0ASet-Cookie:x=1"]) {
      const response = await request.get(`/sign-in?callbackUrl=${raw}`, { maxRedirects: 0 });
      expect(response.status(), raw).toBe(400);
    }
  });

  test("next-auth sends a signed-in client back to this site only", async () => {
    const client = await anonymous();
    const { csrfToken } = (await (await client.ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const callbackUrl of ["/\t/evil.example/x", "https://evil.example/"]) {
      const response = await client.ctx.post("/api/auth/callback/credentials", { form: { login: "lanhdao", password: "CCHC@2026", csrfToken, json: "true", callbackUrl } });
      expect(((await response.json()) as { url: string }).url, JSON.stringify(callbackUrl)).toBe(`${BASE_URL}/start`);
    }
    const signedInRedirect = await client.ctx.get(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example")}`, { maxRedirects: 0 });
    expect(signedInRedirect.headers()["location"]).toMatch(/^\/start$|\/start$/);
    await client.ctx.dispose();
  });
});

test.describe("cross-site requests", () => {
  test("another site cannot confirm an import, upload one or sign someone in", async () => {
    const homeAffairs = await savedSession("sonoivu");
    const runId = await withDatabase(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO import_run (kind, file_name, file_format, file_size, status, created_by_id)
         SELECT 'TASK', 'cho-xac-nhan.csv', 'CSV', 0, 'VALIDATED', id FROM app_user WHERE username = 'sonoivu' RETURNING id`,
      );
      return rows[0]!.id;
    });
    for (const origin of ["http://evil.example", "null"]) {
      const confirm = await homeAffairs.ctx.post(`/api/imports/${runId}/confirm`, { headers: { origin } });
      expect(confirm.status(), origin).toBe(403);
      expect(await confirm.json()).toEqual({ code: "FORBIDDEN", message: t("security.error.origin") });
      const uploadResponse = await homeAffairs.ctx.post("/api/imports", { headers: { origin, "x-import-kind": "TASK", "x-file-name": "a.csv" }, data: "Mã nhiệm vụ\r\n" });
      expect(uploadResponse.status(), origin).toBe(403);
      const signInResponse = await homeAffairs.ctx.post("/api/auth/callback/credentials", { headers: { origin }, form: { login: "lanhdao", password: "CCHC@2026" } });
      expect(signInResponse.status(), origin).toBe(403);
    }
    const status = await withDatabase(async (client) => (await client.query<{ status: string }>("SELECT status FROM import_run WHERE id = $1", [runId])).rows[0]!.status);
    expect(status).toBe("VALIDATED");
    await homeAffairs.ctx.dispose();
  });

  test("a malformed x-file-name is a 400 in Vietnamese, not a 500", async () => {
    const homeAffairs = await savedSession("sonoivu");
    const response = await homeAffairs.ctx.post("/api/imports", { headers: { "x-import-kind": "TASK", "x-file-name": "%E0%A4%A" }, data: "x" });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ code: "BAD_REQUEST", message: t("import.error.fileName") });
    await homeAffairs.ctx.dispose();
  });
});

test.describe("the client's address and scheme, from the trusted proxy only", () => {
  const lastSignInFailure = (login: string) =>
    withDatabase(async (client) => (await client.query<{ ip: string }>("SELECT ip FROM audit_log WHERE action = 'SIGN_IN_FAILED' AND details->>'login' = $1 ORDER BY id DESC LIMIT 1", [login])).rows[0]?.ip);

  async function failSignIn(login: string, send: (form: string, cookie: string) => Promise<unknown>) {
    const client = await anonymous();
    const response = await client.ctx.get("/api/auth/csrf");
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const { cookies } = await client.ctx.storageState();
    await send(new URLSearchParams({ login, password: "sai", csrfToken, json: "true" }).toString(), cookies.map((c) => `${c.name}=${c.value}`).join("; "));
    await client.ctx.dispose();
  }

  test("the audit log records the socket's address when a client forges X-Forwarded-For, and the proxy's word otherwise", async ({ request }) => {
    await failSignIn("khong-co-1", (form, cookie) =>
      request.post("/api/auth/callback/credentials", {
        headers: { "x-forwarded-for": "6.6.6.6", origin: BASE_URL, "content-type": "application/x-www-form-urlencoded", cookie },
        data: form,
      }),
    );
    expect(await lastSignInFailure("khong-co-1")).toBe("127.0.0.1");
    await failSignIn("khong-co-2", (form, cookie) =>
      viaProxy("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9", origin: BASE_URL, "content-type": "application/x-www-form-urlencoded", cookie },
        body: form,
      }),
    );
    expect(await lastSignInFailure("khong-co-2")).toBe("203.0.113.9");
  });

  test("over HTTPS behind the proxy the session cookie is Secure, and it opens a session there", async () => {
    const https = { "x-forwarded-proto": "https" };
    const csrf = await viaProxy("/api/auth/csrf", { headers: https });
    const csrfCookie = ([csrf.headers["set-cookie"]].flat().filter(Boolean) as string[]).map((c) => c.split(";")[0]).join("; ");
    expect(csrfCookie).toMatch(/^__Host-next-auth\.csrf-token=/);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = new URLSearchParams({ login: "lanhdao", password: "CCHC@2026", csrfToken, json: "true" }).toString();
    const signedInResponse = await viaProxy("/api/auth/callback/credentials", {
      method: "POST",
      headers: { ...https, origin: `https://${host}`, "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: form,
    });
    const session = ([signedInResponse.headers["set-cookie"]].flat() as string[]).find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session).toBeTruthy();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    const read = await viaProxy("/api/auth/session", { headers: { ...https, cookie: session!.split(";")[0]! } });
    expect((JSON.parse(read.body) as { user?: { name?: string } }).user?.name).toBeTruthy();
  });

  test("a client with 20 recent failures is throttled before the lock-out, and told so in Vietnamese", async ({ page }) => {
    const client = "203.0.113.77";
    await withDatabase((db) =>
      db.query("INSERT INTO audit_log (action, entity, ip) SELECT 'SIGN_IN_FAILED', 'user', $1 FROM generate_series(1, 20)", [client]),
    );
    const before = await withDatabase(async (db) => (await db.query<{ failed_attempts: number }>("SELECT failed_attempts FROM app_user WHERE username = 'lanhdao'")).rows[0]!.failed_attempts);
    const csrf = await viaProxy("/api/auth/csrf", { headers: { "x-forwarded-for": client } });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = ([csrf.headers["set-cookie"]].flat() as string[]).map((c) => c.split(";")[0]).join("; ");
    const response = await viaProxy("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "x-forwarded-for": client, origin: BASE_URL, "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ login: "lanhdao", password: "sai-mat-khau", csrfToken, json: "true" }).toString(),
    });
    const url = new URL((JSON.parse(response.body) as { url: string }).url);
    const error = url.searchParams.get("error") ?? "";
    expect(error).toMatch(/^Throttled:1[45]$/);
    const after = await withDatabase(async (db) => (await db.query<{ failed_attempts: number }>("SELECT failed_attempts FROM app_user WHERE username = 'lanhdao'")).rows[0]!.failed_attempts);
    expect(after).toBe(before);
    await page.goto(`/sign-in?error=${encodeURIComponent(error)}`);
    await expect(page.locator("#sign-in-error")).toHaveText(t("signIn.throttled", { minutes: Number(error.split(":")[1]) }));
  });
});

test("a password change ends the user's other sessions at their next request and keeps this one", async ({ page }) => {
  const account = await createTestUser("kiemthu.doimatkhau");
  // the other session: another device, signed in before the change
  const elsewhere = await signedIn(account.username, account.password);
  expect((await elsewhere.ctx.get("/tasks", { maxRedirects: 0 })).status()).toBe(200);
  await signInAndWait(page, account.username, account.password);
  await page.goto("/change-password");
  await page.getByLabel(t("changePassword.current")).fill(account.password);
  await page.getByLabel(t("changePassword.new"), { exact: true }).fill("MatKhauMoi2026");
  await page.getByLabel(t("changePassword.confirm")).fill("MatKhauMoi2026");
  await page.getByRole("button", { name: t("changePassword.submit") }).click();
  await expect(page).not.toHaveURL(/change-password/);
  await page.goto("/tasks");
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  const after = await elsewhere.ctx.get("/tasks", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers()["location"]).toMatch(/\/sign-in/);
  await elsewhere.ctx.dispose();
  const again = await signedIn(account.username, "MatKhauMoi2026");
  await again.ctx.dispose();
});
