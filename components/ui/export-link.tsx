// "Tải Excel" and the other downloads: a link to a page's export route (the same URL parameters as
// the page, so the file holds what the page shows). With JavaScript the page shows the download's
// progress and a "Hủy" that cancels it (components/exports/export-download.tsx); without, the plain
// link downloads.
import { ExportDownload } from "@/components/exports/export-download";
import { useTranslations } from "next-intl";

/** `path` with the page's current parameters (blank values dropped, as the page reads them). */
export function exportHref(path: string, params: Record<string, string | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one) search.append(key, one);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export function ExportLink({ href, what, label, testId = "export-xlsx" }: { href: string; what?: string; label?: string; testId?: string }) {
  const t = useTranslations("export");
  const text = label ?? t("xlsx");
  return <ExportDownload href={href} label={text} ariaLabel={what ? `${text}: ${what}` : undefined} testId={testId} />;
}
