"use client";
// Role and agency of an existing account.
import { useActionState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/auth/action-result";
import type { ServerAction } from "@/lib/auth/create-action";
import type { RoleChange } from "@/app/(app)/admin/users/actions";
import { useTranslations } from "next-intl";
import { buttonClass, fieldErrorsOf, FormAlert, FormStatus, submitWithoutReset } from "@/components/ui/form-fields";
import { RoleAgencyFields, type AgencyOption, type RoleOption } from "./role-agency-fields";

type Props = {
  action: ServerAction<RoleChange>;
  userId: number;
  role: Role;
  agencyId: number | null;
  roles: RoleOption[];
  agencies: AgencyOption[];
};

export function ChangeRoleForm({ action, userId, role, agencyId, roles, agencies }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult<RoleChange> | undefined, FormData>(action, undefined);

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4">
      <FormAlert state={state} />
      <FormStatus message={state?.ok ? t("users.role.done") : null} />
      <input type="hidden" name="userId" value={userId} />
      <RoleAgencyFields roles={roles} agencies={agencies} errors={fieldErrorsOf(state)} defaultRole={role} defaultAgencyId={agencyId} />
      <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass}>
        {pending ? t("users.role.pending") : t("users.role.submit")}
      </button>
    </form>
  );
}
