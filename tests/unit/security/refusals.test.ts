// The proxy's refusals in the reader's language (issue 23): Vietnamese by default, word for word
// today's text; English for a viewer who chose it, or an /api/v1 caller whose Accept-Language prefers it.
import { describe, expect, it } from "vitest";
import { answerLocale } from "@/lib/http/answer-locale";
import { badRequestResponse, foreignOriginResponse } from "@/lib/security/refusals";

describe("refusals", () => {
  it("keeps today's Vietnamese by default", async () => {
    expect(await foreignOriginResponse().json()).toEqual({ code: "FORBIDDEN", message: "Yêu cầu bị từ chối: gửi từ một trang khác với hệ thống này." });
    const plain = badRequestResponse(false);
    expect([plain.status, plain.headers.get("content-type")]).toEqual([400, "text/plain; charset=utf-8"]);
    expect(await plain.text()).toBe("Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); hãy gõ lại nội dung.");
  });

  it("answers in English when the reader's language is English, with the same code", async () => {
    const cookie = (name: string) => (name === "cookie" ? "cchc-locale=en" : null);
    expect(await foreignOriginResponse(answerLocale("/api/imports", cookie)).json()).toEqual({
      code: "FORBIDDEN", message: "Request refused: it was sent from a page other than this system.",
    });
    const english = (name: string) => (name === "accept-language" ? "en" : null);
    expect(await badRequestResponse(true, answerLocale("/api/v1/dossiers?x=%00", english)).json()).toEqual({
      code: "BAD_REQUEST", message: "Contains an invalid control character (for example NUL); type the text again.",
    });
    // a page's refusal follows the cookie, not the browser's header
    expect(answerLocale("/scorecard", english)).toBe("vi");
  });
});
