import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserStateBadges } from "@/components/admin/user-state";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/data/users";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { roleLabel } from "@/lib/i18n/roles";
import { userListQuerySchema, type UserListQuery } from "@/lib/validations/users";

export const metadata: Metadata = { title: t("users.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(query: UserListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const raw = await searchParams;
  const query = userListQuerySchema.parse({ q: raw.q ?? "", page: raw.page ?? "1" });
  const { rows, total, page, pageCount } = await listUsers(viewer, query);
  const now = new Date();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("users.heading")}</h1>
          <p className="text-foreground">{t(viewer.role === "ADMIN" ? "users.intro" : "users.introHomeAffairs")}</p>
        </div>
        <Link
          href="/admin/users/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("users.add")}
        </Link>
      </div>

      <form method="get" action="/admin/users" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-foreground">
            {t("users.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            className="mt-1 block w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-foreground shadow-sm"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("users.searchSubmit")}
        </button>
        {query.q ? (
          <Link href="/admin/users" className="px-2 py-2 text-brand-700 underline">
            {t("users.searchClear")}
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-muted" data-testid="user-count">
        {t("users.count", { count: formatNumber(total) })}
      </p>

      {rows.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("users.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("users.tableCaption", { page, pages: pageCount })}</caption>
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t("users.col.username")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("users.col.fullName")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("users.col.role")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("users.col.agency")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t("users.col.state")}</th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  <span className="sr-only">{t("users.col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {rows.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="px-4 py-3 font-mono font-medium text-foreground">{user.username}</th>
                  <td className="px-4 py-3">{user.fullName}</td>
                  <td className="px-4 py-3">{roleLabel(user.role)}</td>
                  <td className="px-4 py-3">{user.agency?.name ?? ""}</td>
                  <td className="px-4 py-3">
                    <UserStateBadges user={user} now={now} />
                  </td>
                  <td className="px-4 py-3 text-right">
                    <Link
                      href={`/admin/users/${user.id}`}
                      aria-label={t("users.editLabel", { username: user.username })}
                      className="font-semibold text-brand-700 underline"
                    >
                      {t("users.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 ? (
        <nav aria-label={t("users.pagination")} className="flex items-center justify-between gap-4">
          {page > 1 ? (
            <Link href={pageHref(query, page - 1)} rel="prev" className="font-semibold text-brand-700 underline">
              {t("users.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted">{t("users.pageOf", { page, pages: pageCount })}</span>
          {page < pageCount ? (
            <Link href={pageHref(query, page + 1)} rel="next" className="font-semibold text-brand-700 underline">
              {t("users.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
