/** A field error of a refused import, as the server sends it (`rows[12].amount`, `columns.month`, `file`). */
export type ImportFieldError = { field?: string | null; code?: string | null; message?: string | null };

/** One line of the error table: the file line (null for header and file problems), the column and the message. */
export type ImportErrorRow = { line: number | null; column: string; code: string; message: string };

const ROW = /^rows\[(\d+)\]\.?(.*)$/;
const COLUMN = /^columns\.(.+)$/;

/**
 * The field errors of a 422 as a table: header problems first, then the rows in file order (a line's cells in the
 * order the server gave them). `columnName` turns a column code into its name when the source lists it.
 */
export const importErrorRows = (
  errors: ImportFieldError[] | null | undefined, columnName: (code: string) => string = code => code,
): ImportErrorRow[] =>
  (errors ?? [])
    .map((error, index) => {
      const field = error.field ?? '';
      const code = error.code ?? '';
      const message = error.message || code;
      const row = ROW.exec(field);
      if (row) return { index, row: { line: Number(row[1]), column: row[2] ? columnName(row[2]) : '', code, message } };
      const column = COLUMN.exec(field);
      return { index, row: { line: null, column: column ? columnName(column[1]) : field, code, message } };
    })
    .sort((a, b) => (a.row.line ?? -1) - (b.row.line ?? -1) || a.index - b.index)
    .map(({ row }) => row);
