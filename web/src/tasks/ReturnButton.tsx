import { useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import type { AppDataProvider, Task } from '../dataProvider';
import { isDelegatedTo } from './delegation';
import { taskErrorMessage } from './useTaskAction';
import { useLeaveTask } from './useCompletion';

/** 交回: the colleague a task was delegated to gives it back to its owner (POST /return), then returns to the inbox. */
export const ReturnButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const leave = useLeaveTask();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!task || !isDelegatedTo(task, identity?.id as string | undefined)) return null;
  return (
    <Button size="small" variant="contained" disabled={busy} startIcon={<KeyboardReturnIcon />} data-testid="return-task"
      onClick={async event => {
        event.stopPropagation();
        setBusy(true);
        try {
          await dataProvider.returnTask(task.id);
          notify('app.tasks.returned', { type: 'success', messageArgs: { name: task.owner } });
          leave();
        } catch (e: any) {
          notify(taskErrorMessage(e, translate), { type: 'warning' });
          refresh();
        } finally {
          setBusy(false);
        }
      }}>
      {translate('app.tasks.giveBack')}
    </Button>
  );
};
