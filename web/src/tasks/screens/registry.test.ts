import { describe, expect, it } from 'vitest';
import { isBuiltinScreen, lookupScreen, screens, TaskScreen } from './registry';

const Visit: TaskScreen = () => null;

describe('built-in screen registry', () => {
  it('finds a registered screen by the key after builtin:', () => {
    const found = lookupScreen('builtin:household-visit', { 'household-visit': Visit });
    expect(found).toEqual({ kind: 'screen', key: 'household-visit', Screen: Visit });
  });

  it('reports an unknown key as missing, with the key to show', () => {
    expect(lookupScreen('builtin:agreement-signing', { 'household-visit': Visit }))
      .toEqual({ kind: 'missing', key: 'agreement-signing' });
    expect(lookupScreen('builtin:', {})).toEqual({ kind: 'missing', key: '' });
  });

  it('does not take inherited object properties for screens', () => {
    expect(lookupScreen('builtin:constructor', {})).toEqual({ kind: 'missing', key: 'constructor' });
    expect(lookupScreen('builtin:toString')).toEqual({ kind: 'missing', key: 'toString' });
  });

  it('leaves steps without a built-in screen alone', () => {
    expect(lookupScreen(null)).toEqual({ kind: 'none' });
    expect(lookupScreen(undefined)).toEqual({ kind: 'none' });
    expect(lookupScreen('camunda-forms:deployment:visit.form')).toEqual({ kind: 'none' });
    expect(isBuiltinScreen('builtin:x')).toBe(true);
    expect(isBuiltinScreen('visit.form')).toBe(false);
  });

  it('ships the screens of the application, temporary-aid, periodic-review and agreement processes', () => {
    expect(Object.keys(screens).sort()).toEqual(['approve-emergency-aid', 'approve-payee-change', 'decision', 'draft-plan', 'first-opinion', 'resolve-failed-aid-payment', 'review-decision', 'review-plan', 'sign-agreement']);
    expect(lookupScreen('builtin:decision').kind).toBe('screen');
    expect(lookupScreen('builtin:review-decision').kind).toBe('screen');
  });
});
