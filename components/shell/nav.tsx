"use client";
// Main navigation: a row of links on wide screens, a disclosure menu on phones. Client-side
// only for the current-page marker and the menu toggle; the entries come from the server.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function Nav({ items }: { items: NavItem[] }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  }

  return (
    <nav aria-label={t("mainNavigation")} onKeyDown={closeOnEscape} className="bg-brand-800">
      <div className="mx-auto max-w-7xl px-4 sm:px-6">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
          className="flex min-h-11 w-full items-center justify-between gap-2 py-2 text-sm font-semibold text-white md:hidden"
        >
          <span>{t("menu")}</span>
          <span aria-hidden="true" className="text-lg leading-none">
            {open ? "✕" : "☰"}
          </span>
        </button>
        <ul
          id={listId}
          className={`${open ? "flex" : "hidden"} flex-col gap-1 pb-3 md:flex md:flex-row md:flex-wrap md:gap-1 md:py-1`}
        >
          {items.map((item) => {
            const current = isCurrent(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={`block min-h-11 rounded-md px-3 py-2.5 text-sm font-medium text-white transition-colors hover:bg-brand-700 ${
                    current ? "bg-brand-950/60 underline decoration-accent-600 decoration-2 underline-offset-8" : ""
                  }`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
