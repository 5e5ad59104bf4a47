import { describe, expect, it } from 'vitest';
import { draftFrom, reviewPayload, validateReview } from './reviewForm';
import { selectionQuery as selectionQueryOf } from './api';

describe('review decision form', () => {
  it('requires an outcome and reasons for a stop', () => {
    expect(validateReview(draftFrom(null)).map(p => p[0])).toEqual(['reviewDecision']);
    expect(validateReview({ ...draftFrom('STOP'), reasons: '  \n ' }).map(p => p[0])).toEqual(['reasons']);
    expect(validateReview({ ...draftFrom('STOP'), reasons: '存款超过限额' })).toEqual([]);
    expect(validateReview(draftFrom('UNCHANGED'))).toEqual([]);
  });

  it('requires reasons for any decision other than the proposal', () => {
    expect(validateReview(draftFrom('UNCHANGED'), 'DECREASE').map(p => p[0])).toEqual(['reasons']);
    expect(validateReview({ ...draftFrom('INCREASE'), reasons: '医疗支出增加' }, 'UNCHANGED')).toEqual([]);
    expect(validateReview(draftFrom('INCREASE'), 'INCREASE')).toEqual([]);
  });

  it('sends one reason per line and the amount only for an increase or decrease', () => {
    expect(reviewPayload({ outcome: 'STOP', reasons: '理由一\n\n 理由二 ', monthlyBenefit: '100', note: '' }))
      .toEqual({ reviewDecision: 'STOP', reasons: ['理由一', '理由二'] });
    expect(reviewPayload({ outcome: 'DECREASE', reasons: '收入增加', monthlyBenefit: '850', note: ' 入户核实 ' }))
      .toEqual({ reviewDecision: 'DECREASE', reasons: ['收入增加'], monthlyBenefit: 850, note: '入户核实' });
  });

  it('refuses an amount that is not money', () => {
    expect(validateReview({ ...draftFrom('INCREASE'), monthlyBenefit: '12a' }).map(p => p[0])).toEqual(['monthlyBenefit']);
  });

  it('puts only the chosen parts of a selection in the preview query', () => {
    expect(selectionQueryOf({ streetCode: '110105001', category: '', dueMonth: '2026-12' }))
      .toBe('streetCode=110105001&dueMonth=2026-12');
  });
});
