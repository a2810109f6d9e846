// The accounts Home Affairs (agency staff) or the administrator (everyone) manages: search, a page
// at a time, each account's page to change it. Role gate: ../layout.tsx.
import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable } from "@/components/admin/users-table";
import { FilterForm, SearchField } from "@/components/ui/controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button-link";
import { requirePermission } from "@/lib/auth/page-access";
import { listUsers } from "@/lib/data/users";
import { getIntl } from "@/lib/i18n/server";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { userListParams, type UserListQuery } from "@/lib/validations/users";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("users.title") };
}

function pageHref(query: UserListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, params] = await Promise.all([requirePermission("user.manage"), searchParams]);
  const query = parseSearchParams(userListParams(), params);
  const [{ rows, total, page, pageCount }, { t, f }] = await Promise.all([listUsers(viewer, query), getIntl()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("users.heading")} intro={t(viewer.role === "ADMIN" ? "users.intro" : "users.introHomeAffairs")}
        actions={
          <ButtonLink href="/admin/users/new" primary>{t("users.add")}</ButtonLink>
        }
      />
      <FilterForm action="/admin/users" search submitLabel={t("users.searchSubmit")}
        after={query.q ? <Link href="/admin/users" className="px-2 py-2 text-brand-700 underline">{t("users.searchClear")}</Link> : null} >
        <SearchField id="q" name="q" label={t("users.search")} defaultValue={query.q} />
      </FilterForm>
      <p className="text-sm text-muted" data-testid="user-count">
        {t("users.count", { count: total })}
      </p>
      <UsersTable rows={rows} caption={t("users.tableCaption", { page: f.number(page), pages: f.number(pageCount) })} now={new Date()} />
      {pageCount > 1 ? (
        <Pagination label={t("users.pagination")} position={t("users.pageOf", { page: f.number(page), pages: f.number(pageCount) })}
          previous={page > 1 ? { href: pageHref(query, page - 1), label: t("users.previous") } : undefined}
          next={page < pageCount ? { href: pageHref(query, page + 1), label: t("users.next") } : undefined} />
      ) : null}
    </div>
  );
}
