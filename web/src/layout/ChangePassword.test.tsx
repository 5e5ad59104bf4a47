import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nContextProvider } from 'react-admin';
import { i18nProvider } from '../i18n';
import { ChangePasswordMenuItem, ForcedPasswordChange } from './ChangePassword';
import { getSession, setSession } from '../dataProvider/session';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const withI18n = (node: React.ReactNode) => render(<I18nContextProvider value={i18nProvider}>{node}</I18nContextProvider>);

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

const signedIn = (passwordChangeRequired: boolean) => setSession({
  token: 't', refreshToken: 'r',
  user: { username: 'clerk.110105001', displayName: '受理员', jurisdictionCode: '110105001', roles: ['window-clerk'], passwordChangeRequired },
});

describe('ForcedPasswordChange', () => {
  it('asks in Chinese for a new password and shows the server\'s reason under the field', async () => {
    signedIn(true);
    const fetch = vi.fn(async () => json(422, {
      status: 422, code: 'VALIDATION_FAILED',
      errors: [{ field: 'newPassword', code: 'PASSWORD_TOO_COMMON', message: '这个密码太常见，容易被猜中，请换一个' }],
    }));
    vi.stubGlobal('fetch', fetch);
    const onDone = vi.fn();
    withI18n(<ForcedPasswordChange onDone={onDone} onSignOut={() => undefined} />);

    expect(screen.getByText('请先修改密码')).toBeTruthy();
    type('password-current', 'Given-By-Admin-61');
    type('password-new', 'woaini1314');
    type('password-confirm', 'woaini1314');
    fireEvent.click(screen.getByTestId('password-save'));

    await waitFor(() => expect(screen.getByText('这个密码太常见，容易被猜中，请换一个')).toBeTruthy());
    expect(onDone).not.toHaveBeenCalled();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/password');
    expect(JSON.parse(init.body as string)).toEqual({ currentPassword: 'Given-By-Admin-61', newPassword: 'woaini1314' });
    expect(getSession()?.user.passwordChangeRequired).toBe(true);
  });

  it('lets the user in once the password is changed', async () => {
    signedIn(true);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const onDone = vi.fn();
    withI18n(<ForcedPasswordChange onDone={onDone} onSignOut={() => undefined} />);

    type('password-current', 'Given-By-Admin-61');
    type('password-new', 'Own-Choice-Path-29');
    type('password-confirm', 'Own-Choice-Path-29');
    fireEvent.click(screen.getByTestId('password-save'));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(getSession()?.user.passwordChangeRequired).toBe(false);
  });

  it('does not send two different new passwords', () => {
    signedIn(true);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    withI18n(<ForcedPasswordChange onDone={() => undefined} onSignOut={() => undefined} />);

    type('password-current', 'Given-By-Admin-61');
    type('password-new', 'Own-Choice-Path-29');
    type('password-confirm', 'Own-Choice-Path-28');
    fireEvent.click(screen.getByTestId('password-save'));

    expect(screen.getByText('两次输入的新密码不一致')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('ChangePasswordMenuItem', () => {
  it('opens 修改密码 from the user menu, shows a wrong current password, then confirms the change', async () => {
    signedIn(false);
    const fetch = vi.fn()
      .mockResolvedValueOnce(json(422, { status: 422, errors: [{ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG', message: '当前密码不正确' }] }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    withI18n(<ChangePasswordMenuItem />);

    fireEvent.click(screen.getByText('修改密码'));
    type('password-current', 'Not-My-Password-1');
    type('password-new', 'River-Stone-83');
    type('password-confirm', 'River-Stone-83');
    fireEvent.click(screen.getByTestId('password-save'));
    await waitFor(() => expect(screen.getByText('当前密码不正确')).toBeTruthy());

    type('password-current', 'Test-Password-2026');
    fireEvent.click(screen.getByTestId('password-save'));
    await waitFor(() => expect(screen.getByTestId('password-changed').textContent).toBe('密码已修改，其他设备上的登录已退出'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
