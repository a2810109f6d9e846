// Every failure of the API and import routes becomes JSON with a code and a Vietnamese message;
// transient ones are 503 with Retry-After; unexpected ones never show the raw error.
import { describe, expect, it, vi as spy } from "vitest";
import { apiError, describeApiError, errorResponse, withApiErrors } from "@/lib/api/errors";
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
