// The banner of every signed-in page: province, system title and the role-filtered menu.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locale";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "./locale-switch";
import { Nav, type NavItem } from "./nav";
import { NotificationBell } from "./notification-bell";

type HeaderProps = { provinceName: string; navigation: NavItem[]; userName: string; unreadNotifications: number; locale: Locale };

const LINK_BUTTON = "min-h-6 rounded-sm text-sm font-medium text-white underline underline-offset-4 hover:text-brand-100 disabled:cursor-wait";

export function Header({ provinceName, navigation, userName, unreadNotifications, locale }: HeaderProps) {
  const t = useTranslations();
  return (
    // --focus-ring: white, so keyboard focus stays visible on the dark banner
    <header className="border-t-4 border-accent-600 bg-brand-900 text-white [--focus-ring:#ffffff] print:border-b print:border-border print:bg-white print:text-black">
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3 sm:px-6 sm:py-4">
        <span
          aria-hidden="true"
          className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-600 text-lg text-yellow-300 print:hidden sm:size-12 sm:text-xl"
        >
          ★
        </span>
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-brand-100 sm:text-sm print:text-black" data-testid="province-name">
            {t("app.provinceLabel", { name: provinceName })}
          </p>
          <Link href="/" className="block rounded-sm text-base font-bold leading-snug sm:text-xl">
            {t("app.title")}
          </Link>
        </div>
        <div className="ml-auto flex shrink-0 flex-col items-end gap-1 text-right print:hidden">
          <span className="flex items-center gap-3">
            <NotificationBell unread={unreadNotifications} />
            <span className="text-sm text-brand-100" data-testid="signed-in-user">
              {userName}
            </span>
          </span>
          <span className="flex items-center gap-3">
            <LocaleSwitch locale={locale} className={LINK_BUTTON} />
            <SignOutButton className={LINK_BUTTON} />
          </span>
        </div>
      </div>
      <Nav items={navigation} />
    </header>
  );
}
