// Password hashing in one place. Not server-only: the demo seed may hash with the same cost.
import bcrypt from "bcryptjs";

/** bcrypt work factor of new hashes (about 0.2–0.3 s per check in bcryptjs). */
export const BCRYPT_COST = 12;

/**
 * bcrypt reads only the first 72 bytes of its input: a longer password would match anything that
 * starts with the same 72 bytes. New passwords are limited to that (lib/validations/auth.ts), and a
 * longer one never matches.
 */
export const BCRYPT_MAX_BYTES = 72;

export const fitsBcrypt = (password: string) => !bcrypt.truncates(password);

// A hash of a random string nobody knows: checked when the account does not exist, so that an
// unknown login takes about as long as a wrong password and timing does not reveal accounts.
const UNKNOWN_ACCOUNT_HASH = "$2b$12$EURmy..OA0XaTz.Q3.nowuN3P1JZWlbZGYVnWpESSRzv6dDpflrES";

export async function hashPassword(password: string): Promise<string> {
  if (!fitsBcrypt(password)) throw new RangeError(`password longer than ${BCRYPT_MAX_BYTES} bytes`);
  return bcrypt.hash(password, BCRYPT_COST);
}

/**
 * Whether `password` matches `hash`; with no hash, or a password bcrypt would truncate, spends
 * the same time and answers false.
 */
export async function passwordMatches(password: string, hash: string | null): Promise<boolean> {
  if (hash === null || !fitsBcrypt(password)) {
    await bcrypt.compare(password.slice(0, BCRYPT_MAX_BYTES), UNKNOWN_ACCOUNT_HASH);
    return false;
  }
  return bcrypt.compare(password, hash);
}
