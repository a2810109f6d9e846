// Load shedding (issue 19): past the limit a request gets a fast 503 with Retry-After (JSON for
// /api, a self-reloading page otherwise), static files are never shed, and a finished request
// frees its place.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { busyResponse, sheddable, shedding } from "@/lib/http/load-shedding";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose requests wait until `release()`; at most `max` in progress. */
async function slowServer(max: number) {
  const waiting: (() => void)[] = [];
  const handler = shedding(max, (_request, response) => {
    waiting.push(() => response.end("ok"));
  });
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const until = async (count: number) => {
    while (handler.inFlight() !== count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { base, handler, until, release: () => waiting.splice(0).forEach((finish) => finish()) };
}

describe("load shedding", () => {
  it("answers 503 with Retry-After past the limit, and serves again once a request finished", async () => {
    const { base, until, release, handler } = await slowServer(2);
    const first = fetch(`${base}/scorecard`);
    const second = fetch(`${base}/dossiers`);
    await until(2);
    const shed = await fetch(`${base}/scorecard`);
    expect(shed.status).toBe(503);
    expect(shed.headers.get("retry-after")).toBe("2");
    expect(await shed.text()).toContain("Hệ thống đang bận");
    const api = await fetch(`${base}/api/v1/dossiers`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ code: "BUSY", message: "Hệ thống đang bận; không có gì được ghi. Hãy gửi lại yêu cầu sau 2 giây." });
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    await until(0);
    const again = fetch(`${base}/scorecard`);
    await until(1);
    release();
    expect((await again).status).toBe(200);
    expect(handler.inFlight()).toBe(0);
  });

  it("never sheds Next's static files", () => {
    expect(sheddable("/_next/static/chunks/app.js")).toBe(false);
    expect(sheddable("/scorecard?period=2024-Q2")).toBe(true);
    expect(busyResponse("/scorecard").headers["content-type"]).toContain("text/html");
    expect(busyResponse("/scorecard").body).toContain('http-equiv="refresh" content="2"');
  });

  it("says so in the reader's language: the page by the viewer's cookie, /api/v1 by Accept-Language", async () => {
    const { base, until, release } = await slowServer(1);
    const first = fetch(`${base}/scorecard`);
    await until(1);
    const page = await fetch(`${base}/scorecard`, { headers: { cookie: "cchc-locale=en" } });
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>The system is busy</title>");
    expect(html).toContain("The page reloads by itself in 2 seconds.");
    const api = await fetch(`${base}/api/v1/tasks`, { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(await api.json()).toEqual({ code: "BUSY", message: "The system is busy; nothing was written. Send the request again in 2 seconds." });
    expect(busyResponse("/scorecard").body).toContain('<html lang="vi">');
    release();
    await first;
  });
});
