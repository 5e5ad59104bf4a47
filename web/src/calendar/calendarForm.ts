import type { CalendarDay } from '../dataProvider';

export type FieldError = { field?: string | null; code?: string | null; message?: string | null };

/** Errors shaped like the form: `{ source: '…', days: [ , , , { day: '…' } ] }` (react-admin's ArrayInput reads that). */
export type FormErrors = { [key: string]: string | FormErrors | (FormErrors | undefined)[] };

/** `days[3].day` → ['days', 3, 'day'] */
const pathOf = (field: string): (string | number)[] =>
  field.split(/[.[\]]/).filter(Boolean).map(part => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts the field errors of a 422 answer (`days[3].day` OUTSIDE_YEAR …) where the form shows them: at the row and
 * input they name. The server's text is kept; a code without text becomes our translation key.
 */
export const toFormErrors = (errors: FieldError[] | null | undefined): FormErrors => {
  const result: any = {};
  for (const error of errors ?? []) {
    if (!error.field) continue;
    const path = pathOf(error.field);
    if (!path.length) continue;
    const message = error.message || (error.code ? `app.calendar.errors.${error.code}` : 'ra.validation.required');
    let node = result;
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        if (node[part] === undefined || typeof node[part] !== 'string') node[part] = message;
        return;
      }
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = typeof path[index + 1] === 'number' ? [] : {};
      node = node[part];
    });
  }
  return result;
};

/** The row numbers (1-based, as a person counts) that have an error. */
export const rowsWithErrors = (errors: FormErrors): number[] => {
  const days = errors.days;
  if (!Array.isArray(days)) return [];
  return days.flatMap((row, index) => (row && Object.keys(row).length ? [index + 1] : []));
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isRealDay = (day: string) => {
  if (!ISO_DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

export type YearValues = { year?: number | string | null; source?: string | null; days?: (Partial<CalendarDay> | null)[] | null };

/**
 * The checks the server makes, before sending: a year between 2000 and 2100, a source, each row complete, its date
 * in the year and not listed twice (lengths are left to the inputs). Returns react-admin form errors, an empty
 * object when all is well.
 */
export const validateYear = (values: YearValues): FormErrors => {
  const errors: FormErrors = {};
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.year = 'app.calendar.errors.YEAR_RANGE';
  if (!values.source?.trim()) errors.source = 'ra.validation.required';
  const seen = new Set<string>();
  const rows = (values.days ?? []).map(row => {
    const rowErrors: FormErrors = {};
    const day = row?.day ?? '';
    if (!day) rowErrors.day = 'ra.validation.required';
    else if (!isRealDay(day)) rowErrors.day = 'app.calendar.errors.INVALID_DATE';
    else if (Number.isInteger(year) && Number(day.slice(0, 4)) !== year) rowErrors.day = 'app.calendar.errors.OUTSIDE_YEAR';
    else if (seen.has(day)) rowErrors.day = 'app.calendar.errors.DUPLICATE_DAY';
    if (day) seen.add(day);
    if (!row?.kind) rowErrors.kind = 'ra.validation.required';
    if (!row?.name?.trim()) rowErrors.name = 'ra.validation.required';
    return rowErrors;
  });
  if (rows.some(row => Object.keys(row).length)) errors.days = rows;
  return errors;
};

/** The days of a year as the year view lists them: by date, with how many holidays and swapped working days. */
export const summarise = (days: CalendarDay[] | null | undefined) => {
  const sorted = [...(days ?? [])].sort((a, b) => a.day.localeCompare(b.day));
  return {
    days: sorted,
    holidays: sorted.filter(d => d.kind === 'HOLIDAY').length,
    workdays: sorted.filter(d => d.kind === 'WORKDAY').length,
  };
};

/** The body of PUT /api/calendar/{year}: trimmed names, rows by date. */
export const toPayload = (values: YearValues): { source: string; days: CalendarDay[] } => ({
  source: (values.source ?? '').trim(),
  days: (values.days ?? [])
    .filter((row): row is CalendarDay => !!row)
    .map(row => ({ day: row.day, kind: row.kind, name: (row.name ?? '').trim() }))
    .sort((a, b) => a.day.localeCompare(b.day)),
});

/** Next year (by the browser's clock) when the calendar does not know it yet, else null. */
export const missingNextYear = (known: number[] | undefined, today = new Date()): number | null => {
  if (!known) return null;
  const next = today.getFullYear() + 1;
  return known.includes(next) ? null : next;
};

/** The create page with the year filled in. */
export const createYearPath = (year: number) =>
  `/calendar/create?source=${encodeURIComponent(JSON.stringify({ year, days: [] }))}`;
