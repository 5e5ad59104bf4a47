/** The signed-in user's tokens, kept in localStorage so that a reload keeps the session. */
export type User = {
  username: string;
  displayName: string;
  jurisdictionCode: string;
  jurisdictionName?: string;
  roles: string[];
  /** After an administrator's reset: the API refuses everything but a password change until it is done. */
  passwordChangeRequired?: boolean;
};

export type Session = {
  token: string;
  refreshToken?: string;
  expiresAt?: string;
  user: User;
};

const KEY = 'social-assistance.session';

export const getSession = (): Session | null => {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
};

export const setSession = (session: Session) => localStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = () => localStorage.removeItem(KEY);
