"use client";
// A page of the task list drawn from compact rows (issue 19): the server formats every cell and
// words each status; this component draws the very <Table> the server drew, so the payload
// carries the tasks' text once and no element tree per cell.
import { Table, type Column } from "@/components/ui/table";
import { cellAt } from "@/lib/ui/compact-rows";
import type { TaskStatus } from "@/lib/metrics/tasks";
import { statusBadgeClass } from "./status-badge";

/**
 * A row: [id, code, title, agency, document number (or "—"), document date ("" for none),
 * assigned, due, completed (or "—"), status, the status's label].
 */
export type TaskCells = string[];

type Props = {
  caption: string;
  /** the headers by column key: task, agency, document, assignedAt, dueAt, completedAt, status */
  headers: Record<string, string>;
  rows: TaskCells[];
  empty: string;
};

export function TaskRows({ caption, headers, rows, empty }: Props) {
  const columns: Column<TaskCells>[] = [
    {
      key: "task",
      header: headers.task,
      rowHeader: true,
      className: "max-w-md font-normal",
      cell: (row) => (
        <>
          <span className="block font-mono text-xs text-muted">{row[1]}</span>
          {row[2]}
        </>
      ),
    },
    { key: "agency", header: headers.agency, cell: cellAt(3) },
    {
      key: "document",
      header: headers.document,
      cell: (row) => (
        <>
          {row[4]}
          {row[5] ? <span className="block text-xs text-muted">{row[5]}</span> : null}
        </>
      ),
    },
    { key: "assignedAt", header: headers.assignedAt, className: "tabular-nums", cell: cellAt(6) },
    { key: "dueAt", header: headers.dueAt, className: "tabular-nums", cell: cellAt(7) },
    { key: "completedAt", header: headers.completedAt, className: "tabular-nums", cell: cellAt(8) },
    { key: "status", header: headers.status, cell: (row) => <span className={statusBadgeClass(row[9] as TaskStatus)}>{row[10]}</span> },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]!} rowProps={() => ({ "data-testid": "task-row" })} empty={empty} testId="task-list" />;
}
