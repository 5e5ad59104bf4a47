import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider, Task } from '../dataProvider';

export type TaskVerb = 'claim' | 'unclaim' | 'complete';

const KNOWN_CODES = ['TASK_ALREADY_TAKEN', 'SEPARATION_OF_DUTIES', 'TASK_NOT_FOUND', 'FORBIDDEN'];

/** The text of a failed task call: the server's localised problem title, else our wording of its code. */
export const taskErrorMessage = (error: any, translate: (key: string, options?: any) => string): string => {
  const code: string | undefined = error?.body?.code;
  if (error?.body?.title) return error.body.title;
  if (code && KNOWN_CODES.includes(code)) return translate(`app.tasks.errors.${code}`);
  if (error?.status === 404) return translate('app.tasks.errors.TASK_NOT_FOUND');
  if (error?.status === 403) return translate('app.tasks.errors.FORBIDDEN');
  return error?.message ?? String(error);
};

/**
 * Claims, gives back or completes a task, tells the user how it went (server problems as warnings) and refreshes
 * every list and count afterwards, also when it failed (the task may have moved on meanwhile).
 */
export const useTaskAction = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const run = async (verb: TaskVerb, task: Pick<Task, 'id'>): Promise<boolean> => {
    setBusy(true);
    try {
      if (verb === 'claim') await dataProvider.claimTask(task.id);
      else if (verb === 'unclaim') await dataProvider.unclaimTask(task.id);
      else await dataProvider.completeTask(task.id, {});
      notify(verb === 'claim' ? 'app.tasks.claimed' : verb === 'unclaim' ? 'app.tasks.unclaimed' : 'app.tasks.completed',
        { type: 'success' });
      return true;
    } catch (e: any) {
      notify(taskErrorMessage(e, translate), { type: 'warning' });
      return false;
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return { run, busy };
};
