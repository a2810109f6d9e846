import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCurrentAgencies } from "@/lib/data/province/agencies";
import { manageableRoles } from "@/lib/data/users";
import { USER_FORM_NAMESPACES } from "@/components/admin/namespaces";
import { getIntl, IntlClient } from "@/lib/i18n/server";
import { createUser } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("users.new.title") };
}

export default async function NewUserPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const [agencies, { t }] = await Promise.all([listCurrentAgencies(), getIntl()]);
  const roles = manageableRoles(viewer).map((role) => ({ value: role, label: t(`role.${role}`) }));

  return (
    <div>
      <Link href="/admin/users" className="text-sm text-brand-700 underline">
        {t("users.backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">{t("users.new.heading")}</h1>
      <IntlClient namespaces={USER_FORM_NAMESPACES}>
        <CreateUserForm action={createUser} roles={roles} agencies={agencies} />
      </IntlClient>
    </div>
  );
}
