// An account's state in words: active or deactivated, locked after failed sign-ins, awaiting a
// password change. Text, not colour alone, carries the meaning.
import type { ManagedUser } from "@/lib/data/users";
import { useTranslations } from "next-intl";

type State = "active" | "inactive" | "locked" | "mustChangePassword";
type Props = { user: Pick<ManagedUser, "active" | "lockedUntil" | "mustChangePassword">; now: Date };

export function UserStateBadges({ user, now }: Props) {
  const t = useTranslations();
  const states: { key: State; tone: string }[] = [
    user.active
      ? { key: "active", tone: "border-brand-100 bg-brand-50 text-brand-900" }
      : { key: "inactive", tone: "border-accent-600/40 bg-accent-100 text-accent-700" },
  ];
  if (user.lockedUntil && user.lockedUntil > now) {
    states.push({ key: "locked", tone: "border-accent-600/40 bg-accent-100 text-accent-700" });
  }
  if (user.mustChangePassword) states.push({ key: "mustChangePassword", tone: "border-border bg-surface text-muted" });
  return (
    <ul className="flex flex-wrap gap-1">
      {states.map((state) => (
        <li key={state.key} className={`rounded-full border px-2 py-0.5 text-xs font-medium ${state.tone}`}>
          {t(`users.state.${state.key}`)}
        </li>
      ))}
    </ul>
  );
}
