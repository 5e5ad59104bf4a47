/** Limits the server checks (DecisionForm.java); the screen checks them first so that a refusal is not a round trip. */
export const MAX_REASONS = 10;
export const MAX_REASON_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

export type Verdict = 'APPROVE' | 'REFUSE';

/** What the opinion or decision screen holds while it is edited. */
export type DecisionDraft = { verdict: Verdict | null; reasons: string[]; note: string };

/** The field the verdict is sent in: `opinion` for the street's first opinion, `decision` for the decision. */
export type VerdictField = 'opinion' | 'decision';

/** One problem of a draft, keyed like the server's field errors (`reasons[2]`), with a translation key. */
export type DraftError = { field: string; key: string; args?: Record<string, unknown> };

export const emptyDraft = (): DecisionDraft => ({ verdict: null, reasons: [''], note: '' });

/** The reasons worth sending: trimmed, blank lines dropped. */
export const cleanReasons = (reasons: string[]): string[] => reasons.map(r => r.trim()).filter(Boolean);

/**
 * Checks a draft as the server would: a verdict is required; a refusal needs 1 to 10 reasons of at most 200
 * characters each (blank lines are ignored, so an empty editor row is no error); the note is at most 2000.
 */
export const validateDraft = (draft: DecisionDraft, field: VerdictField): DraftError[] => {
  const errors: DraftError[] = [];
  if (!draft.verdict) errors.push({ field, key: 'app.decision.errors.verdictRequired' });
  const reasons = draft.reasons.map(r => r.trim());
  const given = reasons.filter(Boolean);
  if (draft.verdict === 'REFUSE' && given.length === 0) {
    errors.push({ field: 'reasons', key: 'app.decision.errors.reasonsRequired' });
  }
  if (given.length > MAX_REASONS) {
    errors.push({ field: 'reasons', key: 'app.decision.errors.tooManyReasons', args: { max: MAX_REASONS } });
  }
  reasons.forEach((reason, index) => {
    if (reason.length > MAX_REASON_LENGTH) {
      errors.push({ field: `reasons[${index}]`, key: 'app.decision.errors.reasonTooLong', args: { max: MAX_REASON_LENGTH } });
    }
  });
  if (draft.note.length > MAX_NOTE_LENGTH) {
    errors.push({ field: 'note', key: 'app.decision.errors.noteTooLong', args: { max: MAX_NOTE_LENGTH } });
  }
  return errors;
};

/**
 * The body of POST /api/tasks/{id}/complete. Reasons go with a refusal only (an approval's reasons would be
 * recorded on the approval notice); a blank note is left out.
 */
export const buildPayload = (draft: DecisionDraft, field: VerdictField): Record<string, unknown> => {
  const payload: Record<string, unknown> = { [field]: draft.verdict };
  if (draft.verdict === 'REFUSE') payload.reasons = cleanReasons(draft.reasons);
  const note = draft.note.trim();
  if (note) payload.note = note;
  return payload;
};

/**
 * The server numbers reasons by their place in the list it received, without blank lines; maps `reasons[i]` back
 * to the editor row that produced it so the error shows at that row.
 */
export const editorRowOf = (reasons: string[], sentIndex: number): number => {
  let seen = -1;
  for (let row = 0; row < reasons.length; row++) {
    if (reasons[row].trim()) seen++;
    if (seen === sentIndex) return row;
  }
  return -1;
};
