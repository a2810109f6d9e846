// What a user notices of the password rule and of where sign-in sends them.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema, credentialsSchema } from "@/lib/validations/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { t } from "@/lib/i18n";

function fieldErrors(input: Record<string, string>) {
  const result = changePasswordSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
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

describe("callback after sign-in", () => {
  it("keeps a path on this site", () => {
    expect(safeCallbackPath("/dossiers?agency=7")).toBe("/dossiers?agency=7");
  });

  it("falls back to the start page for other sites, odd values and the sign-in page itself", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, ["/a"], "/sign-in", "/sign-in?callbackUrl=/x"]) {
      expect(safeCallbackPath(value)).toBe("/start");
    }
  });
});
