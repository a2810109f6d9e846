// One-time passwords an administrator hands over after a reset or to a new account. Drawn with
// crypto.randomInt (uniform, no modulo bias); look-alike characters are left out because the
// password is read off a screen and typed in by hand.
import { randomInt } from "node:crypto";

const LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const ALPHABET = LETTERS + DIGITS;

export const TEMPORARY_PASSWORD_LENGTH = 14;

/** A random password of letters and digits holding at least one of each. */
export function generateTemporaryPassword(length = TEMPORARY_PASSWORD_LENGTH): string {
  if (length < 12) throw new Error("a temporary password has at least 12 characters");
  for (;;) {
    let password = "";
    for (let index = 0; index < length; index += 1) password += ALPHABET[randomInt(ALPHABET.length)];
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
