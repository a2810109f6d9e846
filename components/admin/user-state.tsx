// An account's state in words: active or deactivated, locked after failed sign-ins, awaiting a
// password change. Text, not colour alone, carries the meaning.
import type { ManagedUser } from "@/lib/data/users";
import { t, type MessageKey } from "@/lib/i18n";

type Props = { user: Pick<ManagedUser, "active" | "lockedUntil" | "mustChangePassword">; now: Date };

export function UserStateBadges({ user, now }: Props) {
  const states: { key: MessageKey; tone: string }[] = [
    user.active
      ? { key: "users.state.active", tone: "border-brand-100 bg-brand-50 text-brand-900" }
      : { key: "users.state.inactive", tone: "border-accent-600/40 bg-accent-100 text-accent-700" },
  ];
  if (user.lockedUntil && user.lockedUntil > now) {
    states.push({ key: "users.state.locked", tone: "border-accent-600/40 bg-accent-100 text-accent-700" });
  }
  if (user.mustChangePassword) states.push({ key: "users.state.mustChangePassword", tone: "border-border bg-surface text-muted" });
  return (
    <ul className="flex flex-wrap gap-1">
      {states.map((state) => (
        <li key={state.key} className={`rounded-full border px-2 py-0.5 text-xs font-medium ${state.tone}`}>
          {t(state.key)}
        </li>
      ))}
    </ul>
  );
}
