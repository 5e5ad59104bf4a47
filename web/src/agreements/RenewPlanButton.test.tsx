import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nContextProvider } from 'react-admin';
import { i18nProvider } from '../i18n';
import { RenewPlanButton } from './RenewPlanButton';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const renderButton = () => render(
  <QueryClientProvider client={new QueryClient()}>
    <I18nContextProvider value={i18nProvider}><RenewPlanButton caseNumber="DB-110105001-2026-0042" /></I18nContextProvider>
  </QueryClientProvider>,
);

describe('RenewPlanButton', () => {
  it('asks first, then starts a renewal of the case\'s plan', async () => {
    const fetch = vi.fn(async () => json(201, { caseNumber: 'DB-110105001-2026-0042', processInstanceId: 'p1' }));
    vi.stubGlobal('fetch', fetch);
    renderButton();
    fireEvent.click(screen.getByTestId('renew-plan'));
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByText(/确定启动吗/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-renew-plan'));
    await waitFor(() => expect(screen.getByTestId('renew-plan-started')).toBeTruthy());
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/agreements/processes');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ caseNumber: 'DB-110105001-2026-0042', renewal: true });
  });

  it('says in Chinese that a process already runs when the server answers 409', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(409, { status: 409, code: 'AGREEMENT_PROCESS_RUNNING', title: 'Conflict' })));
    renderButton();
    fireEvent.click(screen.getByTestId('renew-plan'));
    fireEvent.click(screen.getByTestId('confirm-renew-plan'));
    await waitFor(() => expect(screen.getByTestId('renew-plan-error').textContent)
      .toBe('该家庭已有正在办理的帮扶协议流程，请先办完当前流程再续签'));
    expect(screen.queryByTestId('renew-plan-started')).toBeNull();
  });
});
