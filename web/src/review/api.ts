import { callApi } from '../dataProvider/http';

export type ReviewOutcome = 'UNCHANGED' | 'INCREASE' | 'DECREASE' | 'STOP' | 'GRADUAL_EXIT';
export const OUTCOMES: ReviewOutcome[] = ['UNCHANGED', 'INCREASE', 'DECREASE', 'STOP', 'GRADUAL_EXIT'];

export type Proposal = {
  id: number; caseNumber: string; outcome: ReviewOutcome; currentBenefit: number; proposedBenefit: number;
  materialChange: boolean; explanation: string[]; assessmentId: number | null; verificationReportId: number | null;
};

export type ReviewDecision = {
  id: number; level: 'STREET' | 'COUNTY'; outcome: ReviewOutcome; monthlyBenefit: number; reasons: string[];
  note: string | null; decidedBy: string; decidedAt: string;
};

export type Review = { caseNumber: string; proposal: Proposal | null; decisions: ReviewDecision[] };

export type Progress = { started: number; verified: number; decided: number; finished: number; outcomes: Record<string, number> };

export type Campaign = {
  id: number; name: string; districtCode: string; streetCode: string | null; category: string | null;
  dueMonth: string | null; status: 'STARTING' | 'STARTED'; selected: number; launchedBy: string; launchedAt: string;
  progress: Progress;
};

export type Selection = { streetCode?: string; category?: string; dueMonth?: string };

/** Only the parts of a selection that were chosen. */
export const chosen = (selection: Selection): Selection =>
  Object.fromEntries(Object.entries(selection).filter(([, value]) => !!value));

export const selectionQuery = (selection: Selection) => {
  const params = new URLSearchParams();
  Object.entries(selection).forEach(([key, value]) => {
    if (value) params.set(key, value);
  });
  return params.toString();
};

export const reviewApi = {
  review: (caseNumber: string) => callApi<Review>(`/api/cases/${encodeURIComponent(caseNumber)}/review`),
  preview: (selection: Selection) => callApi<{ count: number }>(`/api/review-campaigns/preview?${selectionQuery(selection)}`),
  campaigns: () => callApi<Campaign[]>('/api/review-campaigns'),
  launch: (name: string, selection: Selection) =>
    callApi<Campaign>('/api/review-campaigns', { method: 'POST', body: JSON.stringify({ name, ...chosen(selection) }) }),
};
