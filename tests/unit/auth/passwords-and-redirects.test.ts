// What a user notices of the password rule and of where sign-in sends them.
import { describe, expect, it } from "vitest";
import { fieldMessagesOf } from "@/lib/validations/issue-messages";
import { changePasswordSchema, credentialsSchema } from "@/lib/validations/auth";
import bcrypt from "bcryptjs";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { hashPassword, passwordMatches } from "@/lib/auth/password";
import { t } from "@/tests/support/vi";

function fieldErrors(input: Record<string, string>) {
  const result = changePasswordSchema.safeParse(input);
  return result.success ? {} : fieldMessagesOf(result.error);
}

describe("new password rule", () => {
  const base = { currentPassword: "CCHC@2026", confirmPassword: "" };

  it("accepts ten characters with letters and digits, Vietnamese letters included", () => {
    expect(fieldErrors({ ...base, newPassword: "ninhthuan1", confirmPassword: "ninhthuan1" })).toEqual({});
    expect(fieldErrors({ ...base, newPassword: "Phan Rang 2026", confirmPassword: "Phan Rang 2026" })).toEqual({});
    expect(fieldErrors({ ...base, newPassword: "đổimậtkhẩu9", confirmPassword: "đổimậtkhẩu9" })).toEqual({});
  });

  it("says in Vietnamese what is wrong", () => {
    expect(fieldErrors({ ...base, newPassword: "abc123", confirmPassword: "abc123" }).newPassword).toEqual([
      t("changePassword.tooShort"),
    ]);
    expect(fieldErrors({ ...base, newPassword: "chỉcóchữthôi", confirmPassword: "chỉcóchữthôi" }).newPassword).toEqual([
      t("changePassword.lettersAndDigits"),
    ]);
    expect(fieldErrors({ ...base, newPassword: "1234567890", confirmPassword: "1234567890" }).newPassword).toEqual([
      t("changePassword.lettersAndDigits"),
    ]);
    expect(fieldErrors({ ...base, newPassword: "ninhthuan1", confirmPassword: "ninhthuan2" }).confirmPassword).toEqual([
      t("changePassword.mismatch"),
    ]);
    expect(fieldErrors({ currentPassword: "ninhthuan1", newPassword: "ninhthuan1", confirmPassword: "ninhthuan1" }).newPassword).toEqual([
      t("changePassword.sameAsCurrent"),
    ]);
  });

  it("trims the login but never the password", () => {
    expect(credentialsSchema.parse({ login: "  sonoivu ", password: " p " })).toEqual({ login: "sonoivu", password: " p " });
    expect(credentialsSchema.safeParse({ login: "  ", password: "x" }).success).toBe(false);
  });
});

describe("bcrypt's 72 bytes", () => {
  it("refuses a new password longer than 72 bytes, counting Vietnamese letters as their UTF-8 bytes", () => {
    const ascii = `a1${"x".repeat(70)}`;
    expect(fieldErrors({ currentPassword: "CCHC@2026", newPassword: ascii, confirmPassword: ascii })).toEqual({});
    const longer = `${ascii}y`;
    expect(fieldErrors({ currentPassword: "CCHC@2026", newPassword: longer, confirmPassword: longer }).newPassword).toEqual([
      t("changePassword.tooManyBytes"),
    ]);
    // 25 × "ệ" is 75 bytes although only 27 characters
    const accented = `a1${"ệ".repeat(25)}`;
    expect(fieldErrors({ currentPassword: "CCHC@2026", newPassword: accented, confirmPassword: accented }).newPassword).toEqual([
      t("changePassword.tooManyBytes"),
    ]);
  });

  it("never matches a password bcrypt would cut, even against the hash of its first 72 bytes", async () => {
    const prefix = `a1${"x".repeat(70)}`;
    const hash = await bcrypt.hash(prefix, 4);
    expect(await passwordMatches(prefix, hash)).toBe(true);
    expect(await passwordMatches(`${prefix}anything`, hash)).toBe(false);
    await expect(hashPassword(`${prefix}y`)).rejects.toThrow(RangeError);
  });
});

describe("callback after sign-in", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackPath("/dossiers?agency=7")).toBe("/dossiers?agency=7");
  });

  it("falls back to the start page for other sites, odd values and the sign-in page itself", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, ["/a"], "/sign-in", "/sign-in?callbackUrl=/x"]) {
      expect(safeCallbackPath(value)).toBe("/start");
    }
  });

  it("refuses what browsers turn into another host, and line breaks that would break the Location header", () => {
    // ?callbackUrl=/%09/evil.example/x and /%0A/x arrive decoded
    for (const value of ["/\t/evil.example/x", "/\n/x", "/\r\n/x", "/\u0000/x", "/ /evil.example", "/\\/evil.example", "/./\\evil.example", "/%2F/evil.example".replace("%2F", "/")]) {
      expect(safeCallbackPath(value)).toBe("/start");
    }
    expect(safeCallbackPath("/a/../../sign-in")).toBe("/start");
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe("/start");
  });

  it("keeps percent-encoded characters encoded and normalises dot segments", () => {
    expect(safeCallbackPath("/%09/evil.example/x")).toBe("/%09/evil.example/x");
    expect(safeCallbackPath("/dossiers/../tasks?period=2024-Q2#top")).toBe("/tasks?period=2024-Q2#top");
  });
});
