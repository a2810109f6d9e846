// Sign-in and password-change input, shared by the forms and the server (STYLE §4).
import { z } from "zod";
import { msg } from "@/lib/validations/messages";
import { fitsBcrypt } from "@/lib/auth/password";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** What the credentials provider receives. Limits keep absurd input away from bcrypt. */
export const credentialsSchema = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: msg("changePassword.tooShort") })
  .max(PASSWORD_MAX_LENGTH, { error: msg("changePassword.tooLong") })
  // bcrypt ignores what follows its first 72 bytes (lib/auth/password.ts)
  .refine(fitsBcrypt, { error: msg("changePassword.tooManyBytes") })
  .refine((value) => /\p{L}/u.test(value) && /\p{Nd}/u.test(value), { error: msg("changePassword.lettersAndDigits") });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: msg("changePassword.currentRequired") }).max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    error: msg("changePassword.mismatch"),
    path: ["confirmPassword"],
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    error: msg("changePassword.sameAsCurrent"),
    path: ["newPassword"],
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/**
 * The sign-in page's URL (`?callbackUrl=…&error=…`, written by next-auth): read leniently — the
 * page must always open, so a malformed value is dropped, never refused. Where a callbackUrl may
 * lead is decided by safeCallbackPath (lib/auth/callback-url).
 */
export const signInParams = () =>
  z.object({
    callbackUrl: z.string().max(2000).optional().catch(undefined),
    error: z.string().max(64).optional().catch(undefined),
  });
