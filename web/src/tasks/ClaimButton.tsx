import { useRecordContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import PanToolIcon from '@mui/icons-material/PanTool';
import type { Task } from '../dataProvider';
import { useTaskAction } from './useTaskAction';

/** POST /api/tasks/{id}/claim, offered while the task has no assignee. */
export const ClaimButton = ({ onDone }: { onDone?: (ok: boolean) => void }) => {
  const record = useRecordContext<Task>();
  const translate = useTranslate();
  const { run, busy } = useTaskAction();
  if (!record || record.assignee) return null;
  return (
    <Button size="small" variant="outlined" color="primary" disabled={busy} startIcon={<PanToolIcon />}
      data-testid="claim-task"
      onClick={async event => {
        event.stopPropagation();
        const ok = await run('claim', record);
        onDone?.(ok);
      }}>
      {translate('app.tasks.claim')}
    </Button>
  );
};
