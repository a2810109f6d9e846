// Who answers for each component (the ownership matrix on the entry page), each line removable.
import { useLocale, useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import type { ServerAction } from "@/lib/auth/create-action";
import type { IndexDetail } from "@/lib/data/index-detail";
import type { OwnerChange } from "@/lib/data/index-entry";
import { localName } from "@/lib/i18n/locale";
import { RemoveOwnerButton } from "./owner-form";

type Component = IndexDetail["components"][number];
type Owner = { component: Component; owner: Component["owners"][number] };

export function OwnersTable({ index, remove }: { index: IndexDetail; remove: ServerAction<OwnerChange> }) {
  const t = useTranslations();
  const locale = useLocale();
  const rows: Owner[] = index.components.flatMap((component) => component.owners.map((owner) => ({ component, owner })));
  const columns: Column<Owner>[] = [
    { key: "component", header: t("indices.col.component"), rowHeader: true, cell: (r) => localName(locale, r.component) },
    { key: "agency", header: t("indices.field.agency"), cell: (r) => r.owner.agencyName },
    { key: "role", header: t("indices.field.role"), cell: (r) => t(`indices.role.${r.owner.role}`) },
    {
      key: "remove",
      header: t("indices.owners.remove"),
      headerHidden: true,
      cell: (r) => (
        <RemoveOwnerButton
          action={remove}
          componentId={r.component.id}
          agencyId={r.owner.agencyId}
          label={t("indices.owners.removeLabel", { agency: r.owner.agencyName, component: localName(locale, r.component) })}
        />
      ),
    },
  ];
  return (
    <Table caption={t("indices.owners.caption")} columns={columns} rows={rows} rowKey={(r) => `${r.component.id}-${r.owner.agencyId}`}
      empty={t("indices.owners.none")} />
  );
}
