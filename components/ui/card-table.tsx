import type { ReactNode } from "react";

export type CardTableColumn<Row> = {
  name: string;
  cell: (row: Row) => ReactNode;
  /** Classes for this column's cells, besides the shared padding. */
  className?: string;
  testId?: string;
};

type CardTableProps<Row> = {
  columns: readonly CardTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId: string;
  rowTestId: string;
  rowClassName?: string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  className?: string;
};

/**
 * A table on wide screens, a card per row on phones (`.card-table` in app/globals.css): each
 * cell carries its column's name in `data-label` for the card, so a column is named once, here.
 */
export function CardTable<Row>({ columns, rows, rowKey, testId, rowTestId, rowClassName = "", empty, className = "" }: CardTableProps<Row>) {
  if (rows.length === 0) return <p className={`py-4 text-slate-600 ${className}`}>{empty}</p>;
  const padding = (index: number) => (index < columns.length - 1 ? "py-2 pr-3" : "py-2");
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="card-table w-full text-left text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            {columns.map((column, index) => (
              <th key={column.name} scope="col" className={`${padding(index)} font-medium`}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-slate-100 last:border-0 ${rowClassName}`} data-testid={rowTestId}>
              {columns.map((column, index) => (
                <td key={column.name} data-label={column.name} className={`${padding(index)} ${column.className ?? ""}`} data-testid={column.testId}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
