import type { Task } from '../../dataProvider';
import { ReviewScreen } from './ReviewScreen';

/** 街道初审意见 (formKey builtin:first-opinion). */
export const FirstOpinionScreen = ({ task, onSubmit }: { task: Task; onSubmit: (data: Record<string, unknown>) => Promise<unknown> }) =>
  <ReviewScreen task={task} onSubmit={onSubmit} field="opinion" />;
