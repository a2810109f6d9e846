// The accounts of a page of the user list: username (the row's header), name, role, agency,
// state, and the link to manage the account.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import type { listUsers } from "@/lib/data/users";
import { useTranslations } from "next-intl";
import { UserStateBadges } from "./user-state";

type UserRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

export function UsersTable({ rows, caption, now }: { rows: UserRow[]; caption: string; now: Date }) {
  const t = useTranslations();
  const columns: Column<UserRow>[] = [
    { key: "username", header: t("users.col.username"), rowHeader: true, className: "font-mono", cell: (user) => user.username },
    { key: "fullName", header: t("users.col.fullName"), cell: (user) => user.fullName },
    { key: "role", header: t("users.col.role"), cell: (user) => t(`role.${user.role}`) },
    { key: "agency", header: t("users.col.agency"), cell: (user) => user.agency?.name ?? "" },
    { key: "state", header: t("users.col.state"), cell: (user) => <UserStateBadges user={user} now={now} /> },
    {
      key: "actions",
      header: t("users.col.actions"),
      headerHidden: true,
      className: "text-right",
      cell: (user) => (
        <Link href={`/admin/users/${user.id}`} aria-label={t("users.editLabel", { username: user.username })} className="font-semibold text-brand-700 underline">
          {t("users.edit")}
        </Link>
      ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(user) => user.id} empty={t("users.none")} />;
}
