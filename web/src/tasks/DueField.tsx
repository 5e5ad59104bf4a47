import { FieldProps, useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import type { Task } from '../dataProvider';
import { dueChip } from './dueChip';
import { ProvisionalMark } from '../calendar/ProvisionalMark';

/** 办理时限 as a chip: red when overdue, orange when due soon, neutral otherwise, a dash without a deadline. */
export const DueField = (_props: Partial<FieldProps> & { task?: Task }) => {
  const fromContext = useRecordContext<Task>();
  const task = _props.task ?? fromContext;
  const translate = useTranslate();
  const model = dueChip(task);
  if (model.kind === 'none') return <span>—</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Chip size="small" color={model.color} variant={model.kind === 'normal' ? 'outlined' : 'filled'}
        data-testid="due-chip" data-kind={model.kind}
        title={task?.due ? new Date(task.due).toLocaleString() : undefined}
        label={translate(model.key, { smart_count: model.days })} />
      <ProvisionalMark provisional={task?.dueProvisional} due={task?.due} years={task?.provisionalYears} />
    </span>
  );
};
