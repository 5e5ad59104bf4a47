/** The deadline fields of a task as GET /api/tasks returns them. */
export type TaskDeadline = {
  due?: string | null;
  remainingWorkingDays?: number | null;
  overdue?: boolean;
  dueSoon?: boolean;
  /** computed on a year whose holiday schedule is not published yet (recomputed once it is) */
  dueProvisional?: boolean;
  provisionalYears?: number[];
};

export type DueChipModel =
  | { kind: 'none' }
  | { kind: 'overdue' | 'dueSoon' | 'normal'; key: string; days: number; color: 'error' | 'warning' | 'default' };

/**
 * How the 办理时限 column shows a task: overdue in red with the working days past the deadline, due soon in orange
 * and otherwise neutral with the working days left; no deadline at all shows a dash.
 */
export const dueChip = (task: TaskDeadline | undefined | null): DueChipModel => {
  if (!task?.due) return { kind: 'none' };
  const remaining = task.remainingWorkingDays ?? 0;
  if (task.overdue) {
    return { kind: 'overdue', key: 'app.tasks.overdueBy', days: Math.max(0, -remaining), color: 'error' };
  }
  if (task.dueSoon) {
    return { kind: 'dueSoon', key: 'app.tasks.remaining', days: Math.max(0, remaining), color: 'warning' };
  }
  return { kind: 'normal', key: 'app.tasks.remaining', days: Math.max(0, remaining), color: 'default' };
};
