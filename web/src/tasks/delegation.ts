import type { Task } from '../dataProvider';

/** A delegated task: someone (the owner) asked the assignee to work on it and gets it back when they are done. */
export const isDelegated = (task: Pick<Task, 'assignee' | 'owner'> | undefined | null) =>
  !!task?.owner && !!task.assignee && task.owner !== task.assignee;

/** Delegated to me: I may give it back, but not complete it (the engine refuses to complete a delegated task). */
export const isDelegatedTo = (task: Pick<Task, 'assignee' | 'owner'> | undefined | null, me: string | undefined) =>
  isDelegated(task) && !!me && task?.assignee === me;
