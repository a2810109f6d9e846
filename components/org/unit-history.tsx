// What a unit's figures are made of across the reorganisations: a current unit read by today's
// units carries its predecessors (each a link to its own figures, by the units of the time); a unit
// that has ended names the units that carry its history today, with their shares.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

type Unit = { id: number; name: string };

export function UnitHistory({
  predecessors,
  successors,
  validTo,
  href,
}: {
  predecessors: Unit[];
  successors: (Unit & { share: number })[];
  validTo: string | null;
  href: (id: number) => string;
}) {
  const t = useTranslations();
  const f = useFormat();
  if (predecessors.length === 0 && validTo === null) return null;
  return (
    <div className="rounded-md border border-border bg-brand-50/50 px-4 py-3 text-sm" data-testid="unit-history">
      {predecessors.length > 0 ? (
        <>
          <p className="font-medium">{t("org.history.carries", { count: predecessors.length })}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="unit-predecessors">
            {predecessors.map((unit) => (
              <li key={unit.id}>
                <Link href={href(unit.id)} className="text-brand-700 underline">
                  {unit.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {validTo !== null ? (
        <p data-testid="unit-successors">
          {t("org.history.ended", { date: f.localDate(validTo) })}{" "}
          {successors.length === 0
            ? t("org.history.noSuccessor")
            : successors.map((unit, i) => (
                <span key={unit.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={href(unit.id)} className="text-brand-700 underline">
                    {unit.name}
                  </Link>
                  {unit.share < 1 ? ` (${f.percent(unit.share, 1)})` : ""}
                </span>
              ))}
        </p>
      ) : null}
    </div>
  );
}
