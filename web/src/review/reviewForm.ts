import type { ReviewOutcome } from './api';

export type ReviewDraft = { outcome: ReviewOutcome | ''; reasons: string; monthlyBenefit: string; note: string };

export const NEEDS_NOTICE: ReviewOutcome[] = ['DECREASE', 'STOP', 'GRADUAL_EXIT'];

export const draftFrom = (proposed?: ReviewOutcome | null): ReviewDraft =>
  ({ outcome: proposed ?? '', reasons: '', monthlyBenefit: '', note: '' });

/** One reason per non-empty line. */
export const reasonsOf = (text: string) => text.split('\n').map(line => line.trim()).filter(Boolean);

/** A decision the county takes: a decrease, stop or gradual exit, or anything other than the proposal. */
export const departsOrNeedsCounty = (outcome: ReviewOutcome | '', proposed?: ReviewOutcome | null) =>
  !!outcome && (NEEDS_NOTICE.includes(outcome) || (!!proposed && outcome !== proposed));

/** Problems the server would report too, found before sending: `[field, i18n key]`. */
export const validateReview = (draft: ReviewDraft, proposed?: ReviewOutcome | null): [string, string][] => {
  const problems: [string, string][] = [];
  if (!draft.outcome) problems.push(['reviewDecision', 'review.decision.required']);
  if (departsOrNeedsCounty(draft.outcome, proposed) && reasonsOf(draft.reasons).length === 0) {
    problems.push(['reasons', 'review.decision.reasonsRequired']);
  }
  if (draft.monthlyBenefit.trim() && !/^\d+(\.\d{1,2})?$/.test(draft.monthlyBenefit.trim())) {
    problems.push(['monthlyBenefit', 'review.decision.amountInvalid']);
  }
  return problems;
};

/** What the review-decision screen sends: the amount only for an increase or decrease. */
export const reviewPayload = (draft: ReviewDraft): Record<string, unknown> => {
  const payload: Record<string, unknown> = { reviewDecision: draft.outcome };
  const reasons = reasonsOf(draft.reasons);
  if (reasons.length) payload.reasons = reasons;
  if ((draft.outcome === 'INCREASE' || draft.outcome === 'DECREASE') && draft.monthlyBenefit.trim()) {
    payload.monthlyBenefit = Number(draft.monthlyBenefit.trim());
  }
  if (draft.note.trim()) payload.note = draft.note.trim();
  return payload;
};
