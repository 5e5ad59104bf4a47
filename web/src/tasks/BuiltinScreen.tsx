import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Alert, Card, CardContent, CardHeader } from '@mui/material';
import type { AppDataProvider, Task } from '../dataProvider';
import { builtinKey, registry } from './screens/registry';

/**
 * The built-in screen of a step (formKey `builtin:<key>`). Its submission completes the task; a refusal is
 * thrown back to the screen, which shows the field errors where they belong.
 */
export const BuiltinScreen = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const key = builtinKey(task.formKey) ?? '';
  const Screen = Object.prototype.hasOwnProperty.call(registry, key) ? registry[key] : undefined;
  if (!Screen) return <Alert severity="error" sx={{ mb: 2 }} data-testid="screen-missing">{key}</Alert>;
  const onSubmit = async (data: Record<string, unknown>) => {
    await dataProvider.completeTask(task.id, data);
    notify('app.tasks.completed', { type: 'success' });
    // Leave first: refetching this task now would show it as gone.
    navigate('/tasks');
    queryClient.invalidateQueries();
  };
  return (
    <Card sx={{ mb: 2 }} data-testid="task-screen" data-screen={key}>
      <CardHeader title={translate('app.tasks.form.title')} />
      <CardContent><Screen task={task} onSubmit={onSubmit} /></CardContent>
    </Card>
  );
};
