"use client";
// Creation of an API token (shown once, in the action's answer) and its revocation.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { CreatedApiToken } from "@/app/(app)/admin/api-tokens/actions";
import { useTranslations } from "next-intl";
import { buttonClass, Field, FormAlert, inputClass, secondaryButtonClass } from "@/components/ui/form-fields";

export function CreateApiTokenForm({ action }: { action: ServerAction<CreatedApiToken> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<CreatedApiToken> | undefined, FormData>(action, undefined);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-border bg-surface p-5 shadow-sm">
      <FormAlert state={state} />
      <Field name="name" label={t("apiTokens.name")} errors={errors}>
        {(aria) => <input {...aria} name="name" required maxLength={120} className={inputClass} />}
      </Field>
      <fieldset aria-describedby={errors.scopes ? "scopes-error" : undefined}>
        <legend className="block text-sm font-medium text-foreground">{t("apiTokens.scopes")}</legend>
        <div className="mt-1 flex gap-6">
          {(["DOSSIER", "TASK"] as const).map((scope) => (
            <label key={scope} className="flex items-center gap-2">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "DOSSIER"} />
              {t(`import.kind.${scope}`)}
            </label>
          ))}
        </div>
        {errors.scopes ? (
          <p id="scopes-error" className="mt-1 text-sm text-accent-700">
            {errors.scopes.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div role="status">
        {state?.ok ? (
          <div className="rounded-md border border-brand-600/40 bg-brand-50 p-3">
            <p className="text-sm font-semibold text-brand-900">{t("apiTokens.shownOnce")}</p>
            <code className="mt-2 block break-all rounded bg-surface px-2 py-1 font-mono text-sm" data-testid="new-api-token">
              {state.data.token}
            </code>
          </div>
        ) : null}
      </div>
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? t("apiTokens.creating") : t("apiTokens.create")}
      </button>
    </form>
  );
}

export function RevokeApiTokenForm({ action, tokenId }: { action: ServerAction<{ id: number; name: string; alreadyRevoked: boolean }>; tokenId: number }) {
  const t = useTranslations("apiTokens");
  const [state, formAction, pending] = useActionState<ActionResult<{ id: number; name: string; alreadyRevoked: boolean }> | undefined, FormData>(action, undefined);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-busy={pending}>
        {t("revoke")}
      </button>
    </form>
  );
}
