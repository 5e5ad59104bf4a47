import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider, Task } from '../dataProvider';
import type { ScreenSubmitResult } from './screens/registry';
import { taskErrorMessage } from './useTaskAction';

/**
 * Back to the inbox after the task left my hands (completed, delegated, given back): lists and counts afresh, but
 * not this task, which refetched now would turn its page into 'not found'.
 */
export const useLeaveTask = () => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return () => {
    navigate('/tasks');
    queryClient.invalidateQueries({ predicate: query => !(query.queryKey[0] === 'tasks' && query.queryKey[1] === 'getOne') });
  };
};

/**
 * Completes a task with the data of its form or screen: on success back to the inbox; a 422 with field errors is
 * handed back to the caller to show at its fields; anything else is reported here.
 */
export const useCompletion = (task: Pick<Task, 'id'>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const leave = useLeaveTask();
  const dataProvider = useDataProvider<AppDataProvider>();
  return async (data: Record<string, unknown>): Promise<ScreenSubmitResult> => {
    try {
      await dataProvider.completeTask(task.id, data);
      notify('app.tasks.completed', { type: 'success' });
      leave();
      return { ok: true };
    } catch (e: any) {
      refresh(); // the task may have moved on meanwhile
      const list = e?.body?.errors;
      if (e?.status === 422 && Array.isArray(list) && list.length) return { ok: false, fieldErrors: list };
      notify(taskErrorMessage(e, translate), { type: 'warning' });
      return { ok: false, fieldErrors: [] };
    }
  };
};
