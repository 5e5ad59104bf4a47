import { useState } from 'react';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import type { Task } from '../dataProvider';
import { CandidateDialog } from './CandidateDialog';
import { isDelegated } from './delegation';

/** 委托: the assignee asks a colleague who could take the task to work on it; it comes back with 交回. */
export const DelegateButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  if (!task || !identity || task.assignee !== identity.id || isDelegated(task)) return null;
  return (
    <>
      <Button size="small" startIcon={<GroupAddIcon />} data-testid="delegate-task"
        onClick={event => {
          event.stopPropagation();
          setOpen(true);
        }}>
        {translate('app.tasks.delegate')}
      </Button>
      <CandidateDialog task={task} purpose="delegate" open={open} onClose={() => setOpen(false)} />
    </>
  );
};
