// Constraint violations are recognised in every shape Prisma reports them.
import { describe, expect, it } from "vitest";
import { constraintViolation } from "@/lib/db/errors";

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
