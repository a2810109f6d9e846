// A reset hands over a password read off the screen: long enough, letters and digits, never twice.
import { describe, expect, it } from "vitest";
import { generateTemporaryPassword, TEMPORARY_PASSWORD_LENGTH } from "@/lib/auth/temporary-password";

describe("temporary password", () => {
  it("has at least 12 letters and digits, with both kinds present", () => {
    expect(TEMPORARY_PASSWORD_LENGTH).toBeGreaterThanOrEqual(12);
    for (let round = 0; round < 200; round += 1) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[a-zA-Z0-9]{12,}$/);
      expect(password).toMatch(/[a-zA-Z]/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it("differs from one call to the next", () => {
    const passwords = new Set(Array.from({ length: 100 }, () => generateTemporaryPassword()));
    expect(passwords.size).toBe(100);
  });

  it("refuses a length under 12", () => {
    expect(() => generateTemporaryPassword(11)).toThrow();
  });
});
