import { TableScroll, tableClass } from "../table-scroll";

export type ReportColumn = { key: string; label: string; numeric?: boolean };
/** A row: its name (a row header, in `lang` if not the page's language) and one text per further column. */
export type ReportRow = { key: string; name: string; lang?: string; cells: readonly string[]; total?: boolean };

/**
 * The figures of a chart as a table: a caption, column headers and one row
 * header per row, numbers right-aligned in tabular figures. Printed, it is
 * not cut across pages.
 */
export function ReportTable({
  id,
  caption,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportRow[];
}) {
  const captionId = `${id}-caption`;
  return (
    <TableScroll captionId={captionId}>
      <table className={`${tableClass.table} print:break-inside-avoid`} data-table={id}>
        <caption id={captionId} className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${tableClass.th} ${column.numeric ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key} className={row.total ? "bg-brand-50 font-semibold" : undefined}>
              <th scope="row" className={`${tableClass.rowTh} ${row.total ? "font-semibold" : ""}`} lang={row.lang}>
                {row.name}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are its columns, in order
                  key={index}
                  className={`${tableClass.td} ${columns[index + 1]?.numeric ? "text-right tabular-nums whitespace-nowrap" : ""}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
