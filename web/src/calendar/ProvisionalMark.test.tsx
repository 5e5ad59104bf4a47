import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { i18nProvider } from '../i18n';
import { DueField } from '../tasks/DueField';
import { CalendarMissingAlert } from './CalendarMissingAlert';
import { provisionalYear } from './ProvisionalMark';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HINT_2027 = '2027 年节假日安排尚未公布，按法定节假日暂算，公布后自动重算';

const task = (dueProvisional: boolean) => ({
  id: 't1', name: '入户调查', step: 'UserTask_InvestigateHousehold', processKey: 'assistance-application',
  caseNumber: 'DB-110105001-2026-0001', created: '2026-12-29T02:00:00Z', due: '2027-01-04T09:30:00Z',
  remainingWorkingDays: 3, overdue: false, dueSoon: false, dueProvisional,
  provisionalYears: dueProvisional ? [2027] : [],
});

const inAdmin = (node: React.ReactNode, roles: string[] = ['caseworker']) => render(
  <MemoryRouter>
    <AdminContext i18nProvider={i18nProvider} authProvider={{
      login: async () => undefined, logout: async () => undefined, checkAuth: async () => undefined,
      checkError: async () => undefined, getPermissions: async () => roles,
    }} dataProvider={{ calendarYears: async () => [2025, 2026] } as any}>
      {node}
    </AdminContext>
  </MemoryRouter>,
);

describe('provisionalYear', () => {
  it('names the first provisional year the server gives, else the year the deadline falls in', () => {
    expect(provisionalYear(true, '2027-01-04T09:30:00Z', [2027, 2028])).toBe(2027);
    expect(provisionalYear(true, '2027-03-01', undefined)).toBe(2027);
    expect(provisionalYear(false, '2027-03-01', [2027])).toBeNull();
    expect(provisionalYear(undefined, '2027-03-01')).toBeNull();
  });
});

describe('the provisional due date marker', () => {
  it('follows a due date computed on a year whose schedule is not published, with the reason as tooltip', () => {
    inAdmin(<DueField task={task(true)} />);
    const mark = screen.getByTestId('due-provisional');
    expect(mark.textContent).toBe('（暂定）');
    expect(mark.getAttribute('aria-label')).toBe(HINT_2027);
  });

  it('is absent from a due date on an official schedule', () => {
    inAdmin(<DueField task={task(false)} />);
    expect(screen.getByTestId('due-chip')).toBeTruthy();
    expect(screen.queryByTestId('due-provisional')).toBeNull();
  });
});

describe('the warning that next year is not published', () => {
  it('is shown to a window clerk, without the link to enter the schedule', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T10:00:00+08:00'));
    inAdmin(<CalendarMissingAlert />, ['window-clerk']);
    await waitFor(() => expect(screen.getByTestId('calendar-missing').textContent).toContain('2027 年节假日安排尚未公布'));
    expect(screen.queryByTestId('enter-calendar')).toBeNull();
  });

  it('gives an administrator the link to enter it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T10:00:00+08:00'));
    inAdmin(<CalendarMissingAlert />, ['admin']);
    await waitFor(() => expect(screen.getByTestId('enter-calendar')).toBeTruthy());
  });
});
