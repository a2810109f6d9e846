// "Trang trước · Trang 2/7 · Trang sau" under a list: links (the page is in the URL), a missing
// end left as an empty cell so the middle stays centred.
import Link from "next/link";

type Props = {
  label: string;
  /** "Trang 2/7" or "Trang 2" */
  position: string;
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
};

const linkClass = "font-semibold text-brand-700 underline";

export function Pagination({ label, position, previous, next }: Props) {
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4">
      {previous ? (
        <Link href={previous.href} rel="prev" className={linkClass}>
          {previous.label}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{position}</span>
      {next ? (
        <Link href={next.href} rel="next" className={linkClass}>
          {next.label}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
