import { AuthProvider } from 'react-admin';
import { apiFetch, Problem } from './dataProvider/http';
import { clearSession, getSession, Session, setSession } from './dataProvider/session';

export const ROLES = {
  clerk: 'window-clerk',
  admin: 'admin',
  auditor: 'county-auditor',
};

/** Roles that work on households and cases. */
export const CASE_ROLES = [
  'window-clerk', 'caseworker', 'street-reviewer', 'street-head', 'county-approver', 'county-auditor',
  'grid-cadre',
];

/** Roles that may see full resident ID numbers, phone numbers and document contents. */
export const PERSONAL_DATA_ROLES = [
  'window-clerk', 'caseworker', 'street-reviewer', 'street-head', 'county-approver', 'county-auditor',
];

/** Roles that may change a household file (upload documents). */
export const HOUSEHOLD_EDIT_ROLES = ['window-clerk', 'caseworker'];

export const hasAnyRole = (roles: string[] | undefined, wanted: string[]) =>
  !!roles && roles.some(role => wanted.includes(role));

export const canSeeFrontDesk = (roles?: string[]) => hasAnyRole(roles, [ROLES.clerk]);
export const canSeeCases = (roles?: string[]) => hasAnyRole(roles, CASE_ROLES);
export const canSeeAudit = (roles?: string[]) => hasAnyRole(roles, [ROLES.admin, ROLES.auditor]);
/** Roles that work on process tasks (the inbox); all of them see their own and their groups' tasks. */
export const TASK_ROLES = CASE_ROLES;

/** Roles that may list every task of their jurisdiction (inbox ALL). */
export const ALL_TASKS_ROLES = ['street-head', 'county-approver', 'county-auditor'];

/** Roles that may give someone else's task to another candidate (转派). */
export const REASSIGN_ROLES = ['street-head', 'county-approver'];

export const canSeeTasks = (roles?: string[]) => hasAnyRole(roles, TASK_ROLES);
export const canReassignTasks = (roles?: string[]) => hasAnyRole(roles, REASSIGN_ROLES);
export const canEditCalendar = (roles?: string[]) => hasAnyRole(roles, [ROLES.admin]);
export const canSeeAllTasks = (roles?: string[]) => hasAnyRole(roles, ALL_TASKS_ROLES);
export const canSeeUsers = (roles?: string[]) => hasAnyRole(roles, [ROLES.admin]);
/** Policy parameters are read by everyone signed in; only admins change them (the server checks). */
export const canSeePolicy = (roles?: string[]) => !!roles && roles.length > 0;
export const canImportExtracts = (roles?: string[]) => hasAnyRole(roles, [ROLES.admin, ROLES.auditor]);
/** Review campaigns: launched by county approvers, followed by county auditors. */
export const canSeeReviewCampaigns = (roles?: string[]) => hasAnyRole(roles, ['county-approver', 'county-auditor']);
/** 转办事项: department officers answer their department's referrals; street and county staff follow them. */
export const canSeeReferrals = (roles?: string[]) =>
  hasAnyRole(roles, ['department-officer', 'caseworker', 'street-reviewer', 'street-head', 'county-approver', 'county-auditor']);
/** 结对帮扶 (1+N pairing of grid cadres with households). */
export const canSeePairing = (roles?: string[]) => hasAnyRole(roles, ['caseworker', 'street-head']);
export const canManageProcesses = (roles?: string[]) => hasAnyRole(roles, ['process-manager']);

export const authProvider: AuthProvider = {
  login: async ({ username, password }) => {
    const response = await apiFetch('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
      anonymous: true,
    });
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = body as Problem | undefined;
      throw new Error(problem?.title || 'app.login.failed');
    }
    setSession(body as Session);
  },
  logout: async () => {
    if (getSession()) {
      await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    }
    clearSession();
  },
  checkAuth: async () => {
    if (!getSession()) throw new Error('ra.auth.auth_check_error');
  },
  checkError: async error => {
    if (error?.status === 401) {
      clearSession();
      throw new Error('app.login.expired');
    }
  },
  getIdentity: async () => {
    const session = getSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    const { user } = session;
    return { id: user.username, fullName: user.displayName || user.username, ...user };
  },
  getPermissions: async () => getSession()?.user.roles ?? [],
};
