// Every failure of the API and import routes becomes JSON with a code and a message in the reader's language;
// transient ones are 503 with Retry-After; unexpected ones never show the raw error.
import { describe, expect, it, vi as spy } from "vitest";
import { ApiError, apiError, describeApiError, errorResponse, withApiErrors } from "@/lib/api/errors";
import { requestAnswerLocale as answerLocale } from "@/lib/http/answer-locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { AppError } from "@/lib/errors";

describe("API errors", () => {
  spy.spyOn(console, "error").mockImplementation(() => undefined);

  it("answers a thrown ApiError with its status, code, message, extra fields and headers", async () => {
    const response = errorResponse(apiError("RATE_LIMITED", "api.error.rateLimited", { seconds: 7 }, { retryAfter: 7 }, { "Retry-After": "7" }), "test");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toEqual({ code: "RATE_LIMITED", message: "Quá nhiều yêu cầu; thử lại sau 7 giây.", retryAfter: 7 });
  });

  it("answers a lost connection and an exhausted pool with 503 and Retry-After", async () => {
    const lost = errorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), "test");
    expect(lost.status).toBe(503);
    expect(lost.headers.get("retry-after")).toBe("5");
    expect(await lost.json()).toEqual({ code: "UNAVAILABLE", message: vi["api.error.unavailable"].replace("{seconds}", "5") });
    const busy = describeApiError(new Error("timeout exceeded when trying to connect"), "test");
    expect([busy.status, busy.body.code, busy.headers["Retry-After"]]).toEqual([503, "BUSY", "2"]);
    const deadlock = describeApiError({ code: "40P01", message: "deadlock detected" }, "test");
    expect([deadlock.status, deadlock.body.code]).toEqual([503, "BUSY"]);
  });

  it("answers the import's refusals by their name, with their own Vietnamese message", () => {
    const refused = Object.assign(new Error("Lần nhập này không ở trạng thái chờ xác nhận."), { name: "ImportRefusedError" });
    expect(describeApiError(refused, "test")).toMatchObject({ status: 409, body: { code: "IMPORT_REFUSED", message: refused.message } });
    const forbidden = Object.assign(new Error(vi["action.forbidden"]), { name: "ImportForbiddenError" });
    expect(describeApiError(forbidden, "test").status).toBe(403);
  });

  it("answers an AppError thrown below a route with its own code, status and message (one vocabulary with the forms')", () => {
    expect(describeApiError(new AppError("REPORT_NOT_FOUND"), "test")).toEqual({
      status: 404, body: { code: "REPORT_NOT_FOUND", message: vi["reports.error.notFound"] }, headers: {},
    });
  });

  it("answers anything else with 500 and a reference, never the raw text", async () => {
    const response = errorResponse(new Error('relation "dossier" does not exist'), "test");
    expect(response.status).toBe(500);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe("INTERNAL");
    expect(body.message).toMatch(/^Lỗi hệ thống; không có gì được ghi\. Mã tham chiếu để báo quản trị hệ thống: [0-9a-f]{8}\.$/);
    expect(body.message).not.toContain("relation");
  });

  it("wraps a handler so that a throw becomes an answer", async () => {
    const handler = withApiErrors("test", async (fail: boolean) => {
      if (fail) throw apiError("NOT_FOUND", "api.error.notFound");
      return new Response("ok");
    });
    expect((await handler(false)).status).toBe(200);
    const missing = await handler(true);
    expect([missing.status, await missing.json()]).toEqual([404, { code: "NOT_FOUND", message: "Không tìm thấy." }]);
  });
});

// issue 23: the message follows the reader's language; the code and the JSON's shape do not
describe("API errors in the reader's language", () => {
  const v1 = (acceptLanguage?: string) => new Request("http://localhost/api/v1/dossiers", { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

  it("words /api/v1's errors in English when Accept-Language prefers English, else in Vietnamese", () => {
    expect(answerLocale(v1("en-US,en;q=0.9"))).toBe("en");
    expect(answerLocale(v1("fr, en;q=0.5"))).toBe("en");
    expect(answerLocale(v1("vi-VN,vi;q=0.9,en;q=0.8"))).toBe("vi");
    expect(answerLocale(v1("fr"))).toBe("vi");
    expect(answerLocale(v1())).toBe("vi");
    // a session-bound route follows the viewer's cookie, not the browser's header
    const session = (cookie: string) => new Request("http://localhost/api/imports", { headers: { "accept-language": "en", cookie } });
    expect(answerLocale(session("a=1; cchc-locale=en"))).toBe("en");
    expect(answerLocale(session("cchc-locale=vi"))).toBe("vi");
    expect(answerLocale(session(""))).toBe("vi");
    expect(LOCALE_COOKIE).toBe("cchc-locale");
  });

  it("answers the same error with the same code and shape, in English or today's Vietnamese", async () => {
    const handler = withApiErrors("test", async (request: Request) => {
      expect(request.url).toContain("/api/v1/");
      throw apiError("RATE_LIMITED", "api.error.rateLimited", { seconds: 7 }, { retryAfter: 7 }, { "Retry-After": "7" });
    });
    const english = await handler(v1("en"));
    expect([english.status, english.headers.get("retry-after"), await english.json()]).toEqual([
      429, "7", { code: "RATE_LIMITED", message: "Too many requests; retry in 7 seconds.", retryAfter: 7 },
    ]);
    const vietnamese = await handler(v1("vi"));
    expect(await vietnamese.json()).toEqual({ code: "RATE_LIMITED", message: "Quá nhiều yêu cầu; thử lại sau 7 giây.", retryAfter: 7 });
  });

  it("formats a message's figures in the answer's language, and words AppErrors and transient failures in it", () => {
    const tooLarge = apiError("PAYLOAD_TOO_LARGE", "api.error.tooLarge", { limit: (f) => f.bytes(1536) });
    expect(tooLarge.message).toBe(vi["api.error.tooLarge"].replace("{limit}", "1,5 KB"));
    expect(describeApiError(tooLarge, "test", "en").body.message).toBe("The request body is larger than 1.5 KB; send smaller batches.");
    expect(describeApiError(new AppError("REPORT_NOT_FOUND"), "test", "en").body).toEqual({ code: "REPORT_NOT_FOUND", message: en["reports.error.notFound"] });
    expect(describeApiError(new Error("timeout exceeded when trying to connect"), "test", "en").body).toEqual({
      code: "BUSY", message: "The system is busy; nothing was written. Send the request again in 2 seconds.",
    });
    // a text its thrower worded stays as it is
    expect(describeApiError(new ApiError("BAD_REQUEST", "đã viết sẵn"), "test", "en").body.message).toBe("đã viết sẵn");
  });
});
