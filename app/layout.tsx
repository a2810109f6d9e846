import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
// Be Vietnam Pro, self-hosted from @fontsource (no font download at build time: the build has no internet, DESIGN §8).
// The per-weight files declare the vietnamese, latin-ext and latin subsets with their
// unicode-range, so the browser fetches only the subsets a page uses. The per-subset files
// (vietnamese-400.css, latin-400.css) carry no unicode-range and would shadow one another.
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return {
    title: { default: t("app.title"), template: `%s · ${t("app.shortTitle")}` },
    description: t("app.description"),
    applicationName: t("app.shortTitle"),
    // the files of public/ (scripts/make-icons.ts); the manifest is app/manifest.ts
    icons: {
      icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }],
      apple: "/apple-touch-icon.png",
    },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0c2d5b",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the not-found page too: Next.js puts the request's CSP
  // nonce (proxy.ts) on its scripts only then; a page prerendered at build time would have
  // scripts without it, which the browser refuses.
  await connection();
  const { locale } = await getIntl();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <IntlClient namespaces={SHELL_NAMESPACES}>{children}</IntlClient>
      </body>
    </html>
  );
}
