import { useTranslate } from 'react-admin';
import { Alert, AlertTitle, Card, CardContent, CardHeader } from '@mui/material';
import type { Task } from '../dataProvider';
import type { ScreenLookup } from './screens/registry';
import { useCompletion } from './useCompletion';

/** The built-in screen of a step (formKey `builtin:<key>`), or a clear notice when this release lacks it. */
export const TaskScreenCard = ({ task, lookup, workable }: {
  task: Task; lookup: Exclude<ScreenLookup, { kind: 'none' }>; workable: boolean;
}) => {
  const translate = useTranslate();
  const complete = useCompletion(task);
  if (lookup.kind === 'missing') {
    return (
      <Alert severity="error" sx={{ mb: 2 }} data-testid="screen-missing">
        <AlertTitle>{translate('app.tasks.screen.missing', { key: lookup.key })}</AlertTitle>
        {translate('app.tasks.screen.missingHint')}
      </Alert>
    );
  }
  if (!workable) return null;
  const { Screen } = lookup;
  return (
    <Card sx={{ mb: 2 }} data-testid="task-screen" data-screen={lookup.key}>
      <CardHeader title={translate('app.tasks.form.title')} />
      <CardContent><Screen task={task} onSubmit={complete} /></CardContent>
    </Card>
  );
};
