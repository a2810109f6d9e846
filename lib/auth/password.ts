// Password hashing in one place. Not server-only: the demo seed may hash with the same cost.
import bcrypt from "bcryptjs";

/** bcrypt work factor of new hashes (about 0.2–0.3 s per check in bcryptjs). */
export const BCRYPT_COST = 12;

// A hash of a random string nobody knows: checked when the account does not exist, so that an
// unknown login takes about as long as a wrong password and timing does not reveal accounts.
const UNKNOWN_ACCOUNT_HASH = "$2b$12$EURmy..OA0XaTz.Q3.nowuN3P1JZWlbZGYVnWpESSRzv6dDpflrES";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Whether `password` matches `hash`; with no hash, spends the same time and answers false. */
export async function passwordMatches(password: string, hash: string | null): Promise<boolean> {
  if (hash === null) {
    await bcrypt.compare(password, UNKNOWN_ACCOUNT_HASH);
    return false;
  }
  return bcrypt.compare(password, hash);
}
