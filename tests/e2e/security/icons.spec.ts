// The icons and the web manifest (issue 23) answer without a session: a browser asks for
// /favicon.ico before anyone signs in, and the proxy sends every other anonymous request to the
// sign-in page. The pages' <head> names them; the manifest carries the Vietnamese name.
import { expect, test } from "@playwright/test";
import { t } from "@/tests/support/vi";
import { anonymous } from "./support/client";

const FILES = [
  ["/favicon.ico", "image/x-icon"],
  ["/icon.svg", "image/svg+xml"],
  ["/icon-192.png", "image/png"],
  ["/icon-512.png", "image/png"],
  ["/apple-touch-icon.png", "image/png"],
  ["/manifest.webmanifest", "application/manifest+json"],
] as const;

test("the favicon, the app icons and the manifest answer 200 to an anonymous visitor, and the sign-in page links them", async () => {
  const visitor = await anonymous();
  try {
    for (const [path, type] of FILES) {
      const response = await visitor.ctx.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain(type);
    }
    const manifest = (await (await visitor.ctx.get("/manifest.webmanifest")).json()) as { name: string; lang: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe(t("app.title"));
    expect(manifest.lang).toBe("vi");
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    const head = await (await visitor.ctx.get("/sign-in")).text();
    for (const link of ['rel="manifest" href="/manifest.webmanifest"', 'rel="icon" href="/favicon.ico"', 'rel="apple-touch-icon" href="/apple-touch-icon.png"']) {
      expect(head).toContain(link);
    }
  } finally {
    await visitor.ctx.dispose();
  }
});
