import { describe, expect, it } from 'vitest';
import type { VerificationReport } from '../dataProvider/process';
import { comparedRows, isConsistent } from './verificationRows';

const report = (content: Partial<VerificationReport['content']>, passed = true): VerificationReport => ({
  id: 1, caseNumber: 'DB-1', round: 1, householdId: 1, asOf: '2026-12-08', passed, discrepancyCount: 0,
  toleranceYuan: 100, createdAt: '2026-12-08T00:00:00Z',
  content: { assetToleranceYuan: 1000, sources: [], members: [], householdAssets: [], householdLevelDeclaredMonthly: 0,
    discrepancies: [], ...content },
});

describe('verification rows', () => {
  it('marks a deposit declared at 0.00 and found at 5,600.00 and is not consistent', () => {
    const shown = report({
      householdAssets: [{ kind: 'DEPOSIT', declaredCount: 1, declaredValue: 0, foundCount: 1, foundValue: 5600, discrepancy: true }],
      discrepancies: [{ memberId: null, memberName: null, code: 'ASSET_ABOVE_DECLARED', kind: 'DEPOSIT', sources: ['banks'], declared: 0, found: 5600, difference: 5600 }],
    }, false);

    expect(comparedRows(shown)).toEqual([expect.objectContaining({ kind: 'DEPOSIT', member: null, declared: 0, found: 5600, flagged: true })]);
    expect(isConsistent(shown)).toBe(false);
  });

  it('marks each mismatched income row of its own member only', () => {
    const shown = report({
      members: [
        { memberId: 1, name: '王建国', residentId: '1101**', sources: [], assets: [], incomes: [{ kind: 'WAGES', declaredMonthly: 500, foundMonthly: 504.17, sources: ['wages'] }] },
        { memberId: 2, name: '李秀英', residentId: '1101**', sources: [], assets: [], incomes: [{ kind: 'WAGES', declaredMonthly: 0, foundMonthly: 416.67, sources: ['wages'] }] },
      ],
      discrepancies: [{ memberId: 2, memberName: '李秀英', code: 'INCOME_MISMATCH', kind: 'WAGES', sources: ['wages'], declared: 0, found: 416.67, difference: 416.67 }],
    }, false);

    expect(comparedRows(shown).map(r => [r.member, r.flagged])).toEqual([['王建国', false], ['李秀英', true]]);
  });

  it('is consistent when nothing is listed and a deposit found in a member name matches the household declaration', () => {
    const shown = report({
      householdAssets: [{ kind: 'DEPOSIT', declaredCount: 1, declaredValue: 5600, foundCount: 1, foundValue: 5600, discrepancy: false }],
    });

    expect(comparedRows(shown).every(r => !r.flagged)).toBe(true);
    expect(isConsistent(shown)).toBe(true);
  });
});
