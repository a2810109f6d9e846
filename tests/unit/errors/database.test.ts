// Constraint violations are recognised in every shape Prisma reports them, and become codes:
// the database's text never reaches the user.
import { describe, expect, it } from "vitest";
import { t } from "@/tests/support/vi";
import { constraintViolation, knownError, transientError } from "@/lib/errors/database";
import { AppError, RETRY_AFTER_SECONDS } from "@/lib/errors";

describe("constraint violations", () => {
  it("reads Prisma's codes", () => {
    expect(constraintViolation({ code: "P2002" })).toBe("unique");
    expect(constraintViolation({ code: "P2003" })).toBe("foreignKey");
  });

  it("reads the driver adapter's error, directly or inside a Prisma error", () => {
    expect(constraintViolation({ name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "23514" } })).toBe("check");
    expect(constraintViolation({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "23514" } } } })).toBe("check");
    expect(constraintViolation({ cause: { kind: "UniqueConstraintViolation" } })).toBe("unique");
  });

  it("answers null for anything else", () => {
    expect(constraintViolation(new Error("connection reset"))).toBeNull();
    expect(constraintViolation({ code: "P2025" })).toBeNull();
    expect(constraintViolation(null)).toBeNull();
    expect(constraintViolation("23505")).toBeNull();
  });
});

describe("errors a user may see", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("REPORT_NOT_FOUND");
    expect(knownError(error)).toBe(error);
  });

  it("turns a broken constraint into its code, with the catalogue's words and not the database's", () => {
    const raw = Object.assign(new Error('duplicate key value violates unique constraint "app_user_username_key"'), { code: "P2002" });
    const known = knownError(raw);
    expect(known?.code).toBe("UNIQUE_VIOLATION");
    expect(known?.userMessage()).toBe("Dữ liệu trùng với một bản ghi đã có (ví dụ mã hoặc tên đăng nhập đã được dùng).");
    expect(known?.userMessage()).not.toContain("app_user");
    expect(known?.cause).toBe(raw);
  });

  it("answers null for an unknown failure, which the caller logs", () => {
    expect(knownError(new Error("connection terminated unexpectedly"))).toBeNull();
  });

  it("turns a transient failure into UNAVAILABLE or BUSY (503, with how long to wait), and nothing else", () => {
    const gone = transientError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect([gone?.code, gone?.status, gone?.userMessage()]).toEqual(["UNAVAILABLE", 503, t("action.unavailable")]);
    // a race lost after the wrapper's retries, and a pool with no free connection, are both "busy"
    expect(transientError({ code: "40P01", message: "deadlock detected" })?.code).toBe("BUSY");
    expect(transientError({ code: "P2024" })?.code).toBe("BUSY");
    expect(RETRY_AFTER_SECONDS).toEqual({ UNAVAILABLE: 5, BUSY: 2 });
    expect(transientError({ code: "23505" })).toBeNull();
    expect(transientError(new AppError("FORBIDDEN"))).toBeNull();
  });
});
