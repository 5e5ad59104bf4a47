const pad = (n: number) => String(n).padStart(2, '0');

/** A date as 'YYYY-MM-DD' in the browser's time zone (what a date input shows). */
export const localDay = (value: Date | string | null | undefined): string => {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
