import { useState } from 'react';
import { Confirm, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { Task } from '../dataProvider';
import { useTaskAction } from './useTaskAction';
import { useStartCompletion } from './useTaskForm';

/** The confirmation before POST /api/tasks/{id}/complete with {}: for tasks whose step has no form. */
export const CompleteDialog = ({ task, open, onClose, onDone }: {
  task: Task | undefined; open: boolean; onClose: () => void; onDone?: (ok: boolean) => void;
}) => {
  const { run, busy } = useTaskAction();
  if (!task) return null;
  return (
    // Dialogs are portals, but React still bubbles their clicks to the row: keep them from opening the task.
    <span onClick={event => event.stopPropagation()}>
    <Confirm
      isOpen={open}
      loading={busy}
      title="app.tasks.completeTitle"
      content="app.tasks.completeContent"
      translateOptions={{ name: task.name, caseNumber: task.caseNumber }}
      confirm="app.tasks.complete"
      confirmColor="primary"
      onConfirm={async () => {
        const ok = await run('complete', task);
        onClose();
        onDone?.(ok);
      }}
      onClose={onClose}
    />
    </span>
  );
};

/** 办结: offered for tasks assigned to me (claim first); a task with a form opens its page to fill the form. */
export const CompleteButton = ({ onDone }: { onDone?: (ok: boolean) => void }) => {
  const record = useRecordContext<Task>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const start = useStartCompletion();
  if (!record || !record.assignee || record.assignee !== identity?.id) return null;
  return (
    <>
      <Button size="small" variant="contained" color="primary" startIcon={<TaskAltIcon />} data-testid="complete-task"
        onClick={event => {
          event.stopPropagation();
          start(record, () => setOpen(true));
        }}>
        {translate('app.tasks.complete')}
      </Button>
      <CompleteDialog task={record} open={open} onClose={() => setOpen(false)} onDone={onDone} />
    </>
  );
};
