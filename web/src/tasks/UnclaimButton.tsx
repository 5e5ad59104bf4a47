import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import type { Task } from '../dataProvider';
import { useTaskAction } from './useTaskAction';

/** POST /api/tasks/{id}/unclaim, offered when the task is assigned to me. */
export const UnclaimButton = () => {
  const record = useRecordContext<Task>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { run, busy } = useTaskAction();
  if (!record || !record.assignee || record.assignee !== identity?.id) return null;
  return (
    <Button size="small" color="inherit" disabled={busy} startIcon={<UndoIcon />} data-testid="unclaim-task"
      onClick={event => {
        event.stopPropagation();
        run('unclaim', record);
      }}>
      {translate('app.tasks.unclaim')}
    </Button>
  );
};
