import { HttpError } from 'react-admin';
import { acceptLanguage } from '../i18n';
import { clearSession, getSession, setSession, Session } from './session';

/** An RFC 7807 problem as the server sends it. */
export type Problem = {
  status?: number;
  title?: string;
  code?: string;
  errors?: { field: string; code: string; message?: string }[];
  missing?: { code: string; name: string; nameEn?: string; need?: string }[];
  [key: string]: unknown;
};

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for a new session once, sharing the attempt between concurrent callers. */
export const refreshSession = (): Promise<boolean> => {
  const session = getSession();
  if (!session?.refreshToken) return Promise.resolve(false);
  if (!refreshing) {
    refreshing = fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': acceptLanguage() },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    })
      .then(async res => {
        if (!res.ok) {
          clearSession();
          return false;
        }
        setSession((await res.json()) as Session);
        return true;
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
};

type Options = RequestInit & { anonymous?: boolean };

/** fetch with the bearer token and Accept-Language; on 401 refreshes once and retries. */
export const apiFetch = async (url: string, options: Options = {}, retry = true): Promise<Response> => {
  const { anonymous, ...init } = options;
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('Accept-Language', acceptLanguage());
  if (init.body && typeof init.body === 'string' && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  const session = getSession();
  if (!anonymous && session?.token) headers.set('Authorization', `Bearer ${session.token}`);
  const response = await fetch(url, { ...init, headers });
  if (response.status === 401 && !anonymous && retry && session?.refreshToken) {
    if (await refreshSession()) return apiFetch(url, options, false);
  }
  return response;
};

const readBody = async (response: Response): Promise<{ text: string; json: any }> => {
  const text = await response.text();
  try {
    return { text, json: text ? JSON.parse(text) : undefined };
  } catch {
    return { text, json: undefined };
  }
};

/** Turns a failed response into react-admin's HttpError carrying the problem as its body. */
export const toHttpError = (status: number, statusText: string, problem: Problem | undefined): HttpError =>
  new HttpError(problem?.title || statusText || `HTTP ${status}`, status, problem ?? { status });

/** The fetchJson of ra-data-simple-rest, speaking our API's conventions. */
export const fetchJson = async (url: string, options: Options = {}) => {
  const response = await apiFetch(url, options);
  const { text, json } = await readBody(response);
  if (!response.ok) throw toHttpError(response.status, response.statusText, json);
  return { status: response.status, headers: response.headers, body: text, json };
};

/** JSON call for custom endpoints: resolves with the parsed body (undefined for 204). */
export const callApi = async <T = any>(url: string, options: Options = {}): Promise<T> =>
  (await fetchJson(url, options)).json as T;

/** Fetches binary content with the token into a blob URL (the caller revokes it). */
export const fetchBlobUrl = async (url: string): Promise<string> => {
  const response = await apiFetch(url, { headers: { Accept: '*/*' } });
  if (!response.ok) {
    const { json } = await readBody(response);
    throw toHttpError(response.status, response.statusText, json);
  }
  return URL.createObjectURL(await response.blob());
};

const sendWithProgress = (url: string, body: FormData, token: string | undefined,
  onProgress?: (fraction: number) => void): Promise<{ status: number; statusText: string; text: string }> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', acceptLanguage());
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = event => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, statusText: request.statusText, text: request.responseText });
    request.onerror = () => reject(new HttpError('app.error.network', 0, { code: 'NETWORK' }));
    request.send(body);
  });

/**
 * A multipart POST that reports upload progress (fetch cannot), with the same token, language, single refresh on
 * 401 and problem errors as fetchJson. Resolves with the parsed body.
 */
export const uploadWithProgress = async <T = any>(url: string, body: FormData,
  onProgress?: (fraction: number) => void): Promise<T> => {
  let response = await sendWithProgress(url, body, getSession()?.token, onProgress);
  if (response.status === 401 && getSession()?.refreshToken && (await refreshSession())) {
    response = await sendWithProgress(url, body, getSession()?.token, onProgress);
  }
  let json: any;
  try {
    json = response.text ? JSON.parse(response.text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.status < 200 || response.status >= 300) throw toHttpError(response.status, response.statusText, json);
  onProgress?.(1);
  return json as T;
};
