// A row of links to the drill-down's neighbouring views (officials, lists, heat map, flags).
import Link from "next/link";

export function LinkRow({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-4 text-sm font-semibold">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="text-brand-700 underline">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
