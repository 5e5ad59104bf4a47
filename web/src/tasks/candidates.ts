import type { Candidate } from '../dataProvider';

export type CandidatePurpose = 'reassign' | 'delegate';

export type CandidateOption = Candidate & { note?: 'currentAssignee' | 'me'; disabled: boolean };

/**
 * The people a reassign or delegate dialog offers: everyone who could take the task, the current assignee marked
 * and not selectable (nothing would change), and for delegating myself too; selectable ones first, by name.
 */
export const candidateOptions = (
  candidates: Candidate[] | undefined, { assignee, me }: { assignee?: string | null; me?: string | null },
): CandidateOption[] =>
  (candidates ?? [])
    .map(candidate => {
      const note = candidate.username === assignee ? 'currentAssignee' as const
        : candidate.username === me ? 'me' as const : undefined;
      return { ...candidate, note, disabled: !!note };
    })
    .sort((a, b) => Number(a.disabled) - Number(b.disabled)
      || (a.displayName || a.username).localeCompare(b.displayName || b.username, 'zh-CN'));

/** A person as the dialogs name them: display name and username, or the username alone. */
export const candidateLabel = (candidate: Pick<Candidate, 'username' | 'displayName'>) =>
  candidate.displayName && candidate.displayName !== candidate.username
    ? `${candidate.displayName}（${candidate.username}）` : candidate.username;

/** The message of a refused reassign/delegate/comment at one input: the server's text, else our wording of the code. */
export const fieldError = (
  error: any, field: string, translate: (key: string, options?: any) => string,
): string | null => {
  const list = error?.body?.errors;
  if (error?.status !== 422 || !Array.isArray(list)) return null;
  const found = list.find((e: any) => e?.field === field);
  if (!found) return null;
  return found.message || translate(`app.tasks.errors.${found.code}`, { _: found.code });
};
