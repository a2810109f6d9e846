// A row of links that choose what a page shows (a list, a year, a grouping, a quick period), the
// current one marked with aria-current: the choice is in the URL, not in client state.
import Link from "next/link";

export type TabLink = { href: string; label: string; current: boolean };

/** `showLabel`: the label also stands before the links ("Nhóm theo: …"). */
export function LinkTabs({ label, links, showLabel = false, testId }: { label: string; links: readonly TabLink[]; showLabel?: boolean; testId?: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold" data-testid={testId}>
      {showLabel ? <span className="font-normal">{label}</span> : null}
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.current ? "page" : undefined}
          className="text-brand-700 underline aria-[current=page]:text-brand-900 aria-[current=page]:no-underline"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
