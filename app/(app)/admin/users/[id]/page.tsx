import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountStatusForm } from "@/components/admin/account-status-form";
import { ChangeRoleForm } from "@/components/admin/change-role-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserStateBadges } from "@/components/admin/user-state";
import { manageableRoles } from "@/lib/data/users";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { USER_FORM_NAMESPACES } from "@/components/admin/namespaces";
import { getIntl, IntlClient } from "@/lib/i18n/server";
import { changeUserRole, deactivateUser, reactivateUser, resetUserPassword } from "../actions";
import { loadManagedUser, type UserParams } from "./load";

type Props = { params: UserParams };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("users.title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-border bg-surface p-5 shadow-sm">
      <h2 id={id} className="mb-4 text-lg font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params }: Props) {
  const [{ viewer, user }, agencies, { t, f }] = await Promise.all([params.then(({ id }) => loadManagedUser(id)), listCurrentAgencies(), getIntl()]);

  const self = user.id === viewer.userId;
  const roles = manageableRoles(viewer).map((role) => ({ value: role, label: t(`role.${role}`) }));
  // An agency merged away still shows as the account's current one.
  const agencyChoices =
    user.agencyId !== null && user.agency && !agencies.some((agency) => agency.id === user.agencyId)
      ? [{ id: user.agencyId, name: user.agency.name }, ...agencies]
      : agencies;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          {t("users.backToList")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">
          {user.fullName} <span className="font-mono text-lg text-muted">({user.username})</span>
        </h1>
        <div className="mt-2">
          <UserStateBadges user={user} now={new Date()} />
        </div>
        <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-muted">{t("users.col.role")}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
          <dt className="font-medium text-muted">{t("users.col.agency")}</dt>
          <dd>{user.agency?.name ?? "—"}</dd>
          <dt className="font-medium text-muted">{t("users.detail.email")}</dt>
          <dd>{user.email ?? "—"}</dd>
          <dt className="font-medium text-muted">{t("users.detail.lastSignIn")}</dt>
          <dd>{user.lastSignInAt ? f.date(user.lastSignInAt) : t("users.detail.never")}</dd>
          <dt className="font-medium text-muted">{t("users.detail.createdAt")}</dt>
          <dd>{f.date(user.createdAt)}</dd>
        </dl>
        {self ? <p className="mt-3 text-sm text-muted">{t("users.detail.self")}</p> : null}
      </div>

      <IntlClient namespaces={USER_FORM_NAMESPACES}>
        <div className="grid gap-6 lg:grid-cols-2">
          {self ? null : (
            <Section id="role-heading" title={t("users.role.heading")}>
              <ChangeRoleForm
                action={changeUserRole}
                userId={user.id}
                role={user.role}
                agencyId={user.agencyId}
                roles={roles}
                agencies={agencyChoices}
              />
            </Section>
          )}
          {self ? null : (
            <Section id="status-heading" title={t("users.status.heading")}>
              <AccountStatusForm
                userId={user.id}
                active={user.active}
                deactivate={deactivateUser}
                reactivate={reactivateUser}
              />
            </Section>
          )}
          <Section id="reset-heading" title={t("users.reset.heading")}>
            <ResetPasswordForm action={resetUserPassword} userId={user.id} />
          </Section>
        </div>
      </IntlClient>
    </div>
  );
}
