import { describe, expect, it } from 'vitest';
import { buildPayload, editorRowOf, emptyDraft, validateDraft } from './decisionForm';

describe('decision draft', () => {
  it('needs a verdict', () => {
    expect(validateDraft(emptyDraft(), 'decision').map(e => e.field)).toEqual(['decision']);
    expect(validateDraft(emptyDraft(), 'opinion').map(e => e.key)).toEqual(['app.decision.errors.verdictRequired']);
  });

  it('approves without reasons', () => {
    expect(validateDraft({ verdict: 'APPROVE', reasons: [''], note: '' }, 'decision')).toEqual([]);
  });

  it('refuses only with at least one non-blank reason', () => {
    expect(validateDraft({ verdict: 'REFUSE', reasons: ['  ', ''], note: '' }, 'decision').map(e => e.field))
      .toEqual(['reasons']);
    expect(validateDraft({ verdict: 'REFUSE', reasons: ['收入高于标准', ''], note: '' }, 'decision')).toEqual([]);
  });

  it('limits the number and length of reasons and the note', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `理由${i}`);
    expect(validateDraft({ verdict: 'REFUSE', reasons: eleven, note: '' }, 'decision').map(e => e.key))
      .toEqual(['app.decision.errors.tooManyReasons']);
    const errors = validateDraft({ verdict: 'REFUSE', reasons: ['ok', 'x'.repeat(201)], note: 'n'.repeat(2001) }, 'opinion');
    expect(errors.map(e => e.field)).toEqual(['reasons[1]', 'note']);
  });

  it('sends reasons with a refusal only, trimmed and without blank lines, and leaves out a blank note', () => {
    expect(buildPayload({ verdict: 'REFUSE', reasons: [' 有车辆 ', '', '存款超标'], note: '  ' }, 'decision'))
      .toEqual({ decision: 'REFUSE', reasons: ['有车辆', '存款超标'] });
    expect(buildPayload({ verdict: 'APPROVE', reasons: ['leftover'], note: ' 符合条件 ' }, 'opinion'))
      .toEqual({ opinion: 'APPROVE', note: '符合条件' });
  });

  it('finds the editor row of a server reason error when blank rows were dropped', () => {
    expect(editorRowOf(['a', '', 'b'], 1)).toBe(2);
    expect(editorRowOf(['a'], 3)).toBe(-1);
  });
});
