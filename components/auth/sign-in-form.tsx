"use client";
// Username-or-e-mail and password through next-auth's credentials provider, without a full page
// reload; every failure shows the same message, announced to screen readers.
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

type Props = {
  /** A path on this site (checked by the page); "/" sends each role to its start page. */
  callbackUrl: string;
  ssoEnabled: boolean;
  initialError: string | null;
};

const inputClass =
  "mt-1 block w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm " +
  "aria-[invalid=true]:border-accent-600";
const buttonClass =
  "flex w-full justify-center rounded-md px-4 py-2.5 text-base font-semibold disabled:cursor-wait disabled:opacity-70";

export function SignInForm({ callbackUrl, ssoEnabled, initialError }: Props) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  function fail(message: string) {
    setError(message);
    setPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        login: String(form.get("login") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl,
      });
      if (!result?.ok || result.error) {
        fail(signInErrorMessage(result?.error ?? "CredentialsSignin", t));
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      fail(t("unavailable"));
    }
  }

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={onSubmit} className="space-y-4">
        {/* Always in the page, so that assistive technology announces the message when it appears. */}
        <div id="sign-in-error" role="alert">
          {error ? (
            <p className="rounded-md border border-accent-600/40 bg-accent-100 px-3 py-2 text-sm text-accent-700">{error}</p>
          ) : null}
        </div>
        <div>
          <label htmlFor="login" className="block text-sm font-medium text-foreground">
            {t("login")}
          </label>
          <input
            id="login"
            name="login"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={254}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-foreground">
            {t("password")}
          </label>
          <input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} aria-busy={pending} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
          {pending ? t("pending") : t("submit")}
        </button>
      </form>

      {ssoEnabled ? (
        <div className="space-y-4">
          <p className="text-center text-sm text-muted">{t("or")}</p>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              setPending(true);
              void signIn("oidc", { callbackUrl });
            }}
            className={`${buttonClass} border border-border bg-white text-foreground hover:bg-background`}
          >
            {t("sso")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
