import { useState } from 'react';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { Task } from '../dataProvider';
import { canReassignTasks } from '../authProvider';
import { CandidateDialog } from './CandidateDialog';

/** 转派: a street head or county approver gives the task to someone else who could take it. */
export const ReassignButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { permissions: roles } = usePermissions<string[]>();
  const [open, setOpen] = useState(false);
  if (!task || !canReassignTasks(roles)) return null;
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<SwapHorizIcon />} data-testid="reassign-task"
        onClick={event => {
          event.stopPropagation();
          setOpen(true);
        }}>
        {translate('app.tasks.reassign')}
      </Button>
      <CandidateDialog task={task} purpose="reassign" open={open} onClose={() => setOpen(false)} />
    </>
  );
};
