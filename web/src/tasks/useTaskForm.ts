import { useCreatePath, useDataProvider } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppDataProvider, Task } from '../dataProvider';
import { isBuiltinScreen } from './screens/registry';

/** The form-js schema of a task's step (null: the step has no form), cached per task. */
export const useTaskForm = (taskId: string | undefined, enabled = true) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['tasks', 'form', taskId],
    queryFn: () => dataProvider.taskForm(taskId as string),
    enabled: enabled && !!taskId,
    staleTime: 5 * 60_000,
    retry: false,
  });
};

/**
 * What 办结 does for a task: one with a form or a built-in screen opens the task page (it is filled there), one
 * without asks for confirmation (`confirm` is called). Resolves with whether the task has a form or screen.
 */
export const useStartCompletion = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  return async (task: Pick<Task, 'id' | 'formKey'>, confirm: () => void): Promise<boolean> => {
    if (isBuiltinScreen(task.formKey)) {
      navigate(createPath({ resource: 'tasks', id: task.id, type: 'show' }));
      return true;
    }
    let schema = null;
    try {
      schema = await queryClient.fetchQuery({
        queryKey: ['tasks', 'form', task.id], queryFn: () => dataProvider.taskForm(task.id), staleTime: 5 * 60_000,
      });
    } catch {
      schema = null; // the completion itself will tell what is wrong
    }
    if (schema) {
      navigate(createPath({ resource: 'tasks', id: task.id, type: 'show' }));
      return true;
    }
    confirm();
    return false;
  };
};
