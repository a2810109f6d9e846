import type { MetadataRoute } from "next";
import { fixedIntl } from "@/lib/i18n/fixed";

// The web manifest (/manifest.webmanifest): the Vietnamese name a phone shows under the
// installed icon. Its path has an extension, so proxy.ts serves it without a session, like the
// icons in public/ (scripts/make-icons.ts renders them from public/icon.svg).
export default function manifest(): MetadataRoute.Manifest {
  const { t } = fixedIntl("vi");
  return {
    name: t("app.title"),
    short_name: t("app.shortTitle"),
    description: t("app.description"),
    lang: "vi",
    start_url: "/",
    display: "standalone",
    background_color: "#f4f6f9",
    theme_color: "#0c2d5b",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
