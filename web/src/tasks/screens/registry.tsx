import type { ComponentType } from 'react';
import type { Task } from '../../dataProvider';
import { FirstOpinionScreen } from './FirstOpinionScreen';
import { DecisionScreen } from './DecisionScreen';

export type TaskScreenProps = { task: Task; onSubmit: (data: Record<string, unknown>) => Promise<void> };

/** Built-in task screens by the part of the step's formKey after `builtin:`. */
export const registry: Record<string, ComponentType<TaskScreenProps>> = {
  'first-opinion': FirstOpinionScreen,
  decision: DecisionScreen,
};

const PREFIX = 'builtin:';

export const builtinKey = (formKey?: string | null): string | null =>
  formKey?.startsWith(PREFIX) ? formKey.slice(PREFIX.length) : null;
