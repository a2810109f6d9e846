// The top of every page: an optional link back up, the heading (the page's one <h1>), an intro,
// and actions on the right (links to the section's other pages). Breadcrumbs go in `back`'s place.
import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  intro?: ReactNode;
  back?: { href: string; label: string };
  actions?: ReactNode;
  titleTestId?: string;
  children?: ReactNode;
};

export function PageHeader({ title, intro, back, actions, titleTestId, children }: Props) {
  const heading = (
    <div className="max-w-3xl space-y-2">
      {back ? (
        <p>
          <Link href={back.href} className="text-sm text-brand-700 underline">
            {back.label}
          </Link>
        </p>
      ) : null}
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl" data-testid={titleTestId}>
        {title}
      </h1>
      {intro ? <p className="text-foreground">{intro}</p> : null}
      {children}
    </div>
  );
  if (!actions) return heading;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      {heading}
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
