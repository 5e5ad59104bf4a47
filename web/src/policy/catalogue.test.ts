import { describe, expect, it } from 'vitest';
import { checkValue, groupCatalogue, groupOf, ParameterDefinition } from './catalogue';

const def = (code: string, over: Partial<ParameterDefinition> = {}): ParameterDefinition =>
  ({ code, labelZh: code, labelEn: code, type: 'DECIMAL', ...over });

describe('policy catalogue', () => {
  it('groups parameters by their code, 特困 asset limits with the asset limits', () => {
    expect(groupOf('dibao.standard')).toBe('dibao');
    expect(groupOf('tekun.asset.vehicles')).toBe('asset');
    expect(groupOf('tekun.recheckShare')).toBe('tekun');
    expect(groupOf('decision.delegatedToStreet')).toBe('decision');
    expect(groupOf('something.new')).toBe('other');
  });

  it('lists the groups in page order without empty ones, keeping the catalogue order inside', () => {
    const grouped = groupCatalogue([def('sla.total'), def('asset.vehicles'), def('dibao.standard'), def('tekun.asset.vehicles')]);
    expect(grouped.map(g => g.group)).toEqual(['dibao', 'asset', 'sla']);
    expect(grouped[1].items.map(i => i.code)).toEqual(['asset.vehicles', 'tekun.asset.vehicles']);
  });

  it('checks a new value against the definition', () => {
    const standard = def('dibao.standard', { min: '1', max: '100000' });
    expect(checkValue(standard, '1450.5')).toBeNull();
    expect(checkValue(standard, '')?.key).toBe('app.validation.required');
    expect(checkValue(standard, 'abc')?.key).toBe('app.policy.errors.NOT_A_NUMBER');
    expect(checkValue(standard, '0')).toEqual({ key: 'app.policy.errors.BELOW_MIN', args: { min: '1' } });
    expect(checkValue(def('sla.total', { type: 'INTEGER', max: 90 }), '30.5')?.key).toBe('app.policy.errors.NOT_AN_INTEGER');
    expect(checkValue(def('rigid.test', { type: 'ENUM', allowedValues: ['RATIO', 'RESIDUAL'] }), 'RATIO')).toBeNull();
    expect(checkValue(def('notice.countsTowardSla', { type: 'BOOLEAN' }), 'yes')?.key).toBe('app.policy.errors.INVALID_VALUE');
  });
});

describe('menu rights', () => {
  it('lets everyone signed in read the policy and admins and county auditors import extracts', async () => {
    const { canImportExtracts, canSeePolicy } = await import('../authProvider');
    expect(canSeePolicy(['grid-cadre'])).toBe(true);
    expect(canSeePolicy([])).toBe(false);
    expect(canImportExtracts(['county-auditor'])).toBe(true);
    expect(canImportExtracts(['caseworker'])).toBe(false);
  });
});
