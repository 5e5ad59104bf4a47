import { describe, expect, it } from 'vitest';
import {
  createYearPath, missingNextYear, rowsWithErrors, summarise, toFormErrors, toPayload, validateYear,
} from './calendarForm';

describe('calendar year form', () => {
  it('puts the server field errors at their rows and inputs', () => {
    const errors = toFormErrors([
      { field: 'days[3].day', code: 'OUTSIDE_YEAR', message: '日期不在该年度内' },
      { field: 'days[0].day', code: 'DUPLICATE_DAY' },
      { field: 'source', code: 'REQUIRED', message: '必填' },
      { field: null, code: 'WHATEVER' },
    ]);
    expect(errors).toEqual({
      days: [{ day: 'app.calendar.errors.DUPLICATE_DAY' }, undefined, undefined, { day: '日期不在该年度内' }],
      source: '必填',
    });
    expect(rowsWithErrors(errors)).toEqual([1, 4]);
  });

  it('accepts dotted paths too, and keeps the first error of a field', () => {
    expect(toFormErrors([
      { field: 'days.1.name', code: 'SIZE', message: 'too long' },
      { field: 'days.1.name', code: 'REQUIRED', message: 'required' },
    ])).toEqual({ days: [undefined, { name: 'too long' }] });
    expect(toFormErrors(undefined)).toEqual({});
  });

  it('checks rows like the server: date in the year, not twice, complete', () => {
    const errors = validateYear({
      year: 2027, source: '国办发明电〔2026〕1号',
      days: [
        { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { day: '2026-12-31', kind: 'HOLIDAY', name: '元旦' },
        { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { day: '2027-02-30', kind: 'WORKDAY', name: '春节' },
        { day: '', kind: undefined, name: ' ' },
      ],
    });
    expect(errors).toEqual({
      days: [
        {},
        { day: 'app.calendar.errors.OUTSIDE_YEAR' },
        { day: 'app.calendar.errors.DUPLICATE_DAY' },
        { day: 'app.calendar.errors.INVALID_DATE' },
        { day: 'ra.validation.required', kind: 'ra.validation.required', name: 'ra.validation.required' },
      ],
    });
    expect(rowsWithErrors(errors)).toEqual([2, 3, 4, 5]);
  });

  it('needs a year in range and a source; a year without days is fine', () => {
    expect(validateYear({ year: 1999, source: '', days: [] })).toEqual({
      year: 'app.calendar.errors.YEAR_RANGE', source: 'ra.validation.required',
    });
    expect(validateYear({ year: '2030', source: '通知', days: [] })).toEqual({});
  });

  it('sends trimmed rows by date and lists them so', () => {
    const values = {
      year: 2027, source: ' 通知 ',
      days: [{ day: '2027-10-01', kind: 'HOLIDAY' as const, name: ' 国庆节 ' }, { day: '2027-01-01', kind: 'HOLIDAY' as const, name: '元旦' },
        { day: '2027-09-26', kind: 'WORKDAY' as const, name: '国庆节' }],
    };
    expect(toPayload(values)).toEqual({
      source: '通知',
      days: [
        { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { day: '2027-09-26', kind: 'WORKDAY', name: '国庆节' },
        { day: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' },
      ],
    });
    expect(summarise(values.days)).toMatchObject({ holidays: 2, workdays: 1 });
    expect(summarise(values.days).days.map(d => d.day)).toEqual(['2027-01-01', '2027-09-26', '2027-10-01']);
  });
});

describe('next year in the calendar', () => {
  it('is missing when the calendar does not know current year + 1', () => {
    const today = new Date(2026, 10, 27);
    expect(missingNextYear([2025, 2026], today)).toBe(2027);
    expect(missingNextYear([2025, 2026, 2027], today)).toBeNull();
    expect(missingNextYear(undefined, today)).toBeNull();
    expect(decodeURIComponent(createYearPath(2027))).toBe('/calendar/create?source={"year":2027,"days":[]}');
  });
});
