import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, fetchJson } from './http';
import { getSession, setSession } from './session';
import { i18nProvider } from '../i18n';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const session = (token: string) => ({
  token, refreshToken: `refresh-${token}`, expiresAt: '2099-01-01T00:00:00Z',
  user: { username: 'clerk.110105001', displayName: '受理员', jurisdictionCode: '110105001', roles: ['window-clerk'] },
});

describe('API client', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bearer token and the UI language', async () => {
    setSession(session('a'));
    fetchMock.mockResolvedValueOnce(json(200, []));
    await apiFetch('/api/cases');
    const headers = fetchMock.mock.calls[0][1].headers as Headers;
    expect(headers.get('Authorization')).toBe('Bearer a');
    expect(headers.get('Accept-Language')).toBe('zh-CN');
    await i18nProvider.changeLocale('en');
    fetchMock.mockResolvedValueOnce(json(200, []));
    await apiFetch('/api/cases');
    expect((fetchMock.mock.calls[1][1].headers as Headers).get('Accept-Language')).toBe('en');
    await i18nProvider.changeLocale('zh-CN');
  });

  it('refreshes an expired token once and retries the call', async () => {
    setSession(session('old'));
    fetchMock
      .mockResolvedValueOnce(json(401, { code: 'UNAUTHENTICATED' }))
      .mockResolvedValueOnce(json(200, session('new')))
      .mockResolvedValueOnce(json(200, { id: 1 }));
    const response = await apiFetch('/api/households/1');
    expect(response.status).toBe(200);
    expect(fetchMock.mock.calls[1][0]).toBe('/api/auth/refresh');
    expect(JSON.parse(fetchMock.mock.calls[1][1].body)).toEqual({ refreshToken: 'refresh-old' });
    expect((fetchMock.mock.calls[2][1].headers as Headers).get('Authorization')).toBe('Bearer new');
    expect(getSession()?.token).toBe('new');
  });

  it('drops the session when the refresh is refused', async () => {
    setSession(session('old'));
    fetchMock
      .mockResolvedValueOnce(json(401, { code: 'UNAUTHENTICATED' }))
      .mockResolvedValueOnce(json(401, { code: 'UNAUTHENTICATED' }));
    const response = await apiFetch('/api/households/1');
    expect(response.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(getSession()).toBeNull();
  });

  it('turns a problem into an error carrying the localised title and the body', async () => {
    setSession(session('a'));
    const problem = { status: 422, title: '申请材料不齐全', code: 'MATERIALS_INCOMPLETE', errors: [{ field: 'materials.APPLICATION_FORM', code: 'MATERIAL_MISSING' }] };
    fetchMock.mockResolvedValueOnce(json(422, problem));
    await expect(fetchJson('/api/applications', { method: 'POST', body: '{}' })).rejects.toMatchObject({
      message: '申请材料不齐全', status: 422, body: problem,
    });
  });
});
