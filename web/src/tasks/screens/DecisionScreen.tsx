import type { Task } from '../../dataProvider';
import { ReviewScreen } from './ReviewScreen';

/** 审批决定 at the county or, where delegated, the street (formKey builtin:decision). */
export const DecisionScreen = ({ task, onSubmit }: { task: Task; onSubmit: (data: Record<string, unknown>) => Promise<unknown> }) =>
  <ReviewScreen task={task} onSubmit={onSubmit} field="decision" />;
