"use client";
// Role and agency chosen together: the agency list is switched off for the roles that never
// belong to an agency, so the form cannot send a combination the schema refuses. Both are
// controlled: React resets uncontrolled fields after every form action, refused ones included.
import { useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/auth/action-result";
import { ROLES_WITHOUT_AGENCY } from "@/lib/validations/users";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/form-fields";

export type RoleOption = { value: Role; label: string };
export type AgencyOption = { id: number; name: string };

type Props = {
  roles: RoleOption[];
  agencies: AgencyOption[];
  errors: FieldErrors;
  defaultRole?: Role;
  defaultAgencyId?: number | null;
};

export function RoleAgencyFields({ roles, agencies, errors, defaultRole, defaultAgencyId }: Props) {
  const t = useTranslations();
  const [role, setRole] = useState<Role | "">(defaultRole ?? roles[0]?.value ?? "");
  const [agencyId, setAgencyId] = useState(defaultAgencyId == null ? "" : String(defaultAgencyId));
  const agencyDisabled = role !== "" && ROLES_WITHOUT_AGENCY.includes(role);

  return (
    <>
      <Field name="role" label={t("users.field.role")} errors={errors}>
        {(aria) => (
          <select
            {...aria}
            name="role"
            required
            value={role}
            onChange={(event) => setRole(roles.find((option) => option.value === event.target.value)?.value ?? "")}
            className={inputClass}
          >
            {roles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="agencyId" label={t("users.field.agency")} hint={t("users.field.agencyHint")} errors={errors}>
        {(aria) => (
          <select
            {...aria}
            name="agencyId"
            disabled={agencyDisabled}
            value={agencyDisabled ? "" : agencyId}
            onChange={(event) => setAgencyId(event.target.value)}
            className={inputClass}
          >
            <option value="">{t("users.field.agencyNone")}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
