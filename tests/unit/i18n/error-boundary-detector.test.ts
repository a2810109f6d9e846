// The route matrix's error-boundary detector (tests/e2e/security/support/error-boundary.ts): it
// finds the error panel that components/shell/error-panel.tsx renders, and no longer mistakes the
// panel's words — which next-intl puts into every page's payload with the shell's "error"
// namespace — for a rendered panel.
import { jsx } from "react/jsx-runtime";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorPanel } from "@/components/shell/error-panel";
import { fixedIntl } from "@/lib/i18n/fixed";
import { nestedMessages } from "@/lib/i18n/messages/nested";
import { pickMessages, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { errorBoundary } from "@/tests/e2e/security/support/error-boundary";
import { inIntl } from "@/tests/support/intl";

const { t } = fixedIntl("vi");

function panelHtml(locale: "vi" | "en"): string {
  const error = Object.assign(new Error("boom"), { digest: "1234567" });
  // the panel with the messages the layout gives every page's client components
  return renderToString(inIntl(jsx(ErrorPanel, { error, retry: () => undefined }), locale, pickMessages(nestedMessages[locale], SHELL_NAMESPACES)));
}

/** A page as next-intl serves it: the shell's messages, the error namespace among them, in the flight payload. */
function healthyPage(): string {
  const payload = JSON.stringify(pickMessages(nestedMessages.vi, SHELL_NAMESPACES));
  return `<!DOCTYPE html><html lang="vi"><body><main id="main-content"><h1>Bảng tổng hợp</h1></main><script>self.__next_f.push([1,${JSON.stringify(payload)}])</script></body></html>`;
}

describe("errorBoundary", () => {
  it("passes a healthy page whose payload carries the error panel's words", () => {
    const page = healthyPage();
    expect(page).toContain(t("error.body").slice(0, 30));
    expect(errorBoundary(page)).toBeNull();
  });

  it("finds the panel rendered into the HTML, in either language", () => {
    const vi = panelHtml("vi");
    expect(vi).toContain(t("error.heading"));
    expect(errorBoundary(`<main>${vi}</main>`)).toBe("error panel");
    expect(errorBoundary(`<main>${panelHtml("en")}</main>`)).toBe("error panel");
  });

  it("names the digest of a boundary React marked as failed on the server, not Next's control flow", () => {
    expect(errorBoundary('<template data-dgst="2891530157"></template>')).toBe("2891530157");
    expect(errorBoundary('<template data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"></template>')).toBeNull();
  });
});
