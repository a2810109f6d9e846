// "Tải Excel": a plain download link to a page's export route (the same URL parameters as the
// page, so the file holds what the page shows). A link, not a fetch: the browser's own download
// shows the progress of a long export and cancels it, which aborts the request on the server.
import { linkButtonClass } from "./styles";
import { t } from "@/lib/i18n";

/** `path` with the page's current parameters (blank values dropped, as the page reads them). */
export function exportHref(path: string, params: Record<string, string | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one) search.append(key, one);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export function ExportLink({ href, what, label = t("export.xlsx"), testId = "export-xlsx" }: { href: string; what?: string; label?: string; testId?: string }) {
  return (
    <a href={href} className={linkButtonClass} download aria-label={what ? `${label}: ${what}` : undefined} data-testid={testId}>
      {label}
    </a>
  );
}
