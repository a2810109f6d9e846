// RFC 8058 through the running server (issue 22): the mail provider's one-click POST carries no
// Origin (or its own), so /api/unsubscribe/one-click alone passes the proxy's Origin check and is
// judged by its signed token; every other POST without our Origin still stops at the proxy. (The
// valid-token case, which needs the server's secret, is tests/integration/notifications.)
import { expect, test } from "@playwright/test";

const ONE_CLICK = { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click", maxRedirects: 0 };

test("a one-click POST without Origin reaches the route and is refused by its token, not by the Origin check", async ({ request }) => {
  const bare = await request.post("/api/unsubscribe/one-click?token=1.REPORT_RETURNED.bad", ONE_CLICK);
  expect(bare.status()).toBe(403);
  expect(await bare.text()).toBe("invalid token");
  const foreign = await request.post("/api/unsubscribe/one-click?token=1.REPORT_RETURNED.bad", { ...ONE_CLICK, headers: { ...ONE_CLICK.headers, Origin: "https://mail.example.com" } });
  expect(await foreign.text()).toBe("invalid token");
  // without the RFC 8058 body nothing is tried
  expect((await request.post("/api/unsubscribe/one-click?token=x", { maxRedirects: 0 })).status()).toBe(400);
});

test("the confirmation page's form route keeps the Origin check", async ({ request }) => {
  const response = await request.post("/api/unsubscribe", { form: { token: "x" }, headers: { Origin: "https://mail.example.com" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ code: "FORBIDDEN" });
});

test("a GET of the one-click URL changes nothing and shows the confirmation page", async ({ request }) => {
  const response = await request.get("/api/unsubscribe/one-click?token=1.REPORT_RETURNED.bad", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/\/unsubscribe\?token=1\.REPORT_RETURNED\.bad$/);
});
