// What an administrator filling in the user forms is told, in Vietnamese, and where the limits lie.
import { describe, expect, it } from "vitest";
import { fieldMessagesOf } from "@/lib/validations/issue-messages";
import { z } from "zod";
import {
  changeUserRoleSchema,
  createUserSchema,
  resetPasswordSchema,
  userListParams,
} from "@/lib/validations/users";
import { vi } from "@/lib/i18n/messages/vi";
import { readSearchParams } from "@/lib/validations/search-params";

type Form = Record<string, string>;

function errorsOf(schema: z.ZodType, input: Form) {
  const result = schema.safeParse(input);
  return result.success ? {} : (fieldMessagesOf(result.error) as Record<string, string[] | undefined>);
}

const valid: Form = { username: "nguyen.van_a-1", fullName: "Nguyễn Văn A", email: "", role: "AGENCY", agencyId: "7" };

describe("create user", () => {
  it("accepts a complete agency account and reads an empty e-mail as none", () => {
    expect(createUserSchema.parse(valid)).toEqual({
      username: "nguyen.van_a-1",
      fullName: "Nguyễn Văn A",
      email: undefined,
      role: "AGENCY",
      agencyId: 7,
    });
  });

  it("trims and lower-cases the username", () => {
    expect(createUserSchema.parse({ ...valid, username: "  NguyenVanA " }).username).toBe("nguyenvana");
  });

  it("takes usernames of 3 and 64 characters, not 2 or 65", () => {
    expect(errorsOf(createUserSchema, { ...valid, username: "abc" })).toEqual({});
    expect(errorsOf(createUserSchema, { ...valid, username: "a".repeat(64) })).toEqual({});
    expect(errorsOf(createUserSchema, { ...valid, username: "ab" }).username).toEqual([vi["users.error.usernameLength"]]);
    expect(errorsOf(createUserSchema, { ...valid, username: "a".repeat(65) }).username).toEqual([
      vi["users.error.usernameLength"],
    ]);
  });

  it("refuses accents, spaces and other signs in the username", () => {
    for (const username of ["nguyễn", "van a", "a@b", "ab/c"]) {
      expect(errorsOf(createUserSchema, { ...valid, username }).username).toEqual([vi["users.error.usernameFormat"]]);
    }
  });

  it("requires a full name of at most 120 characters", () => {
    expect(errorsOf(createUserSchema, { ...valid, fullName: "   " }).fullName).toEqual([vi["users.error.fullNameRequired"]]);
    expect(errorsOf(createUserSchema, { ...valid, fullName: "Đ".repeat(120) })).toEqual({});
    expect(errorsOf(createUserSchema, { ...valid, fullName: "Đ".repeat(121) }).fullName).toEqual([
      vi["users.error.fullNameTooLong"],
    ]);
  });

  it("checks an e-mail when one is given", () => {
    expect(createUserSchema.parse({ ...valid, email: " a@sonoivu.ninhthuan.gov.vn " }).email).toBe(
      "a@sonoivu.ninhthuan.gov.vn",
    );
    expect(errorsOf(createUserSchema, { ...valid, email: "khong-phai-email" }).email).toEqual([vi["users.error.email"]]);
  });

  it("refuses an unknown role", () => {
    expect(errorsOf(createUserSchema, { ...valid, role: "ROOT" }).role).toEqual([vi["users.error.role"]]);
  });

  it("requires an agency for an agency account", () => {
    expect(errorsOf(createUserSchema, { ...valid, agencyId: "" }).agencyId).toEqual([vi["users.error.agencyRequired"]]);
    expect(errorsOf(createUserSchema, { ...valid, agencyId: "abc" }).agencyId).toEqual([vi["users.error.agency"]]);
    expect(errorsOf(createUserSchema, { ...valid, agencyId: "0" }).agencyId).toEqual([vi["users.error.agency"]]);
  });

  it("refuses an agency for leaders and administrators, allows one for Home Affairs and inspectors", () => {
    for (const role of ["LEADER", "ADMIN"]) {
      expect(errorsOf(createUserSchema, { ...valid, role }).agencyId).toEqual([vi["users.error.agencyNotAllowed"]]);
      expect(createUserSchema.parse({ ...valid, role, agencyId: "" }).agencyId).toBeNull();
    }
    for (const role of ["HOME_AFFAIRS", "INSPECTOR"]) {
      expect(createUserSchema.parse({ ...valid, role }).agencyId).toBe(7);
      expect(createUserSchema.parse({ ...valid, role, agencyId: "" }).agencyId).toBeNull();
    }
  });
});

describe("change role", () => {
  it("names the account and applies the same role–agency rule", () => {
    expect(changeUserRoleSchema.parse({ userId: "12", role: "INSPECTOR", agencyId: "" })).toEqual({
      userId: 12,
      role: "INSPECTOR",
      agencyId: null,
    });
    expect(errorsOf(changeUserRoleSchema, { userId: "12", role: "AGENCY", agencyId: "" }).agencyId).toEqual([
      vi["users.error.agencyRequired"],
    ]);
    expect(errorsOf(changeUserRoleSchema, { userId: "x", role: "LEADER", agencyId: "" }).userId).toEqual([
      vi["users.error.userId"],
    ]);
  });
});

describe("deactivate, reactivate, reset password", () => {
  it("take a positive account id only", () => {
    expect(resetPasswordSchema.parse({ userId: "3" })).toEqual({ userId: 3 });
    expect(errorsOf(resetPasswordSchema, { userId: "-1" }).userId).toEqual([vi["users.error.userId"]]);
    expect(errorsOf(resetPasswordSchema, { userId: "1.5" }).userId).toEqual([vi["users.error.userId"]]);
  });
});

describe("list query", () => {
  it("reads a search and a page, and refuses a repeated search or page 0", () => {
    expect(readSearchParams(userListParams(), { q: "  lan ", page: "3" })).toEqual({ ok: true, data: { q: "lan", page: 3 } });
    expect(readSearchParams(userListParams(), {})).toEqual({ ok: true, data: { q: "", page: 1 } });
    expect(readSearchParams(userListParams(), { q: ["a", "b"] }).ok).toBe(false);
    expect(readSearchParams(userListParams(), { page: "0" }).ok).toBe(false);
  });
});
