import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nContextProvider } from 'react-admin';
import { i18nProvider } from '../i18n';
import { OfficerDepartment } from './OfficerDepartment';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const catalogue = { version: '1', helps: [], departments: { CIVIL_AFFAIRS: '民政部门', EDUCATION: '教育部门', HUMAN_RESOURCES: '人力资源社会保障部门' } };

const renderFor = (roles: string[]) => render(
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    <I18nContextProvider value={i18nProvider}><OfficerDepartment username="hr.110105" roles={roles} /></I18nContextProvider>
  </QueryClientProvider>,
);

describe('OfficerDepartment', () => {
  it('shows nothing and asks nothing for a user who is no department officer', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(renderFor(['caseworker']).queryByTestId('officer-department')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offers the catalogue\'s departments and saves the chosen one for the officer', async () => {
    let saved: string | null = null;
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/agreements/measure-catalogue') return json(200, catalogue);
      if (init?.method === 'PUT') {
        saved = JSON.parse(init.body as string).department;
        return json(200, { username: 'hr.110105', department: saved, departmentName: '教育部门', assignedBy: 'admin', assignedAt: '2026-11-27T08:00:00Z' });
      }
      return saved
        ? json(200, { username: 'hr.110105', department: saved, departmentName: '教育部门', assignedBy: 'admin', assignedAt: '2026-11-27T08:00:00Z' })
        : json(404, { status: 404, code: 'DEPARTMENT_NOT_SET' });
    });
    vi.stubGlobal('fetch', fetch);
    renderFor(['department-officer']);
    await waitFor(() => expect(screen.getByTestId('officer-department-current').textContent).toBe('尚未设置所属部门，该用户看不到任何转办事项'));
    const select = screen.getByTestId('officer-department-select') as HTMLSelectElement;
    await waitFor(() => expect(Array.from(select.options).map(o => o.textContent))
      .toEqual(['', '民政部门', '教育部门', '人力资源社会保障部门']));
    fireEvent.change(select, { target: { value: 'EDUCATION' } });
    fireEvent.click(screen.getByTestId('officer-department-save'));
    await waitFor(() => expect(screen.getByTestId('officer-department-current').textContent).toBe('当前部门：教育部门'));
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT') as unknown as [string, RequestInit];
    expect(put[0]).toBe('/api/agreements/department-officers/hr.110105');
    expect(JSON.parse(put[1].body as string)).toEqual({ department: 'EDUCATION' });
    expect(screen.getByText('所属部门已保存')).toBeTruthy();
  });
});
