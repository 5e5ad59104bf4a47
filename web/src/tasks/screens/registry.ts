import type { ComponentType } from 'react';
import type { Task } from '../../dataProvider';
import type { ServerFieldError } from '../taskForm';
import { FirstOpinionScreen } from './FirstOpinionScreen';
import { DecisionScreen } from './DecisionScreen';
import { EmergencyApprovalScreen } from '../../temporary-aid/EmergencyApprovalScreen';
import { FailedPaymentScreen } from '../../temporary-aid/FailedPaymentScreen';
import { PayeeChangeApprovalScreen } from '../../temporary-aid/PayeeChangeApprovalScreen';
import { ReviewDecisionScreen } from '../../review/ReviewDecisionScreen';
import { DraftPlanScreen } from '../../agreements/DraftPlanScreen';
import { SignAgreementScreen } from '../../agreements/SignAgreementScreen';
import { ReviewPlanScreen } from '../../agreements/ReviewPlanScreen';

/** What completing a task from a screen came to: done, or refused with the server's field errors (422). */
export type ScreenSubmitResult = { ok: true } | { ok: false; fieldErrors: ServerFieldError[] };

export type TaskScreenProps = {
  task: Task;
  /**
   * Completes the task with the screen's data. On success the page goes back to the inbox; a 422 resolves with
   * the field errors for the screen to show at its fields; other failures are reported by the page.
   */
  onSubmit: (data: Record<string, unknown>) => Promise<ScreenSubmitResult>;
};

export type TaskScreen = ComponentType<TaskScreenProps>;

const BUILTIN = 'builtin:';

/** Built-in screens by key (the part of a step's formKey after `builtin:`), registered as processes need them. */
export const screens: Record<string, TaskScreen> = {
  'first-opinion': FirstOpinionScreen,
  decision: DecisionScreen,
  'approve-emergency-aid': EmergencyApprovalScreen,
  'resolve-failed-aid-payment': FailedPaymentScreen,
  'approve-payee-change': PayeeChangeApprovalScreen,
  'review-decision': ReviewDecisionScreen,
  'draft-plan': DraftPlanScreen,
  'sign-agreement': SignAgreementScreen,
  'review-plan': ReviewPlanScreen,
};

export type ScreenLookup =
  | { kind: 'none' }
  | { kind: 'screen'; key: string; Screen: TaskScreen }
  | { kind: 'missing'; key: string };

/** Which screen a task's formKey asks for: none (a form-js form or no form), a registered one, or a missing one. */
export const lookupScreen = (
  formKey: string | null | undefined, registry: Record<string, TaskScreen> = screens,
): ScreenLookup => {
  if (!formKey || !formKey.startsWith(BUILTIN)) return { kind: 'none' };
  const key = formKey.slice(BUILTIN.length).trim();
  const Screen = Object.prototype.hasOwnProperty.call(registry, key) ? registry[key] : undefined;
  return Screen ? { kind: 'screen', key, Screen } : { kind: 'missing', key };
};

export const isBuiltinScreen = (formKey: string | null | undefined) => !!formKey?.startsWith(BUILTIN);
