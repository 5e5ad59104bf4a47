import { describe, expect, it } from 'vitest';
import zh from '../i18n/zh';
import { fieldRecheckSentence, formatMinimum, formatReached, FieldRecheckShare } from './fieldRecheck';

const translate = (key: string, options: Record<string, unknown> = {}) => {
  const template = key.split('.').reduce<any>((node, part) => node?.[part], zh) as string;
  return template.replace(/%\{(\w+)\}/g, (_, name) => String(options[name]));
};

const share = (cases: number, selected: number, minimumShare = 0.3): FieldRecheckShare => ({
  districtCode: '110105', districtName: '朝阳区', month: '2026-12', cases, selected,
  shareReached: cases ? selected / cases : null, minimumShare, minimumSelected: Math.ceil(minimumShare * cases),
  minimumMet: selected >= Math.ceil(minimumShare * cases),
});

describe('the county field re-check share', () => {
  it('reads as the county expects it', () => {
    expect(fieldRecheckSentence(share(20, 6), translate)).toBe('本月特困入户抽查：20 件中抽查 6 件（30.0%，不低于 30%）');
  });

  it('says when no case reached the step yet', () => {
    expect(fieldRecheckSentence(share(0, 0, 0.5), translate)).toBe('本月特困入户抽查：尚无案件（抽查比例不低于 50%）');
  });

  it('formats the minimum as set and the share reached with one decimal', () => {
    expect(formatMinimum('0.3000')).toBe('30%');
    expect(formatMinimum(0.125)).toBe('12.5%');
    expect(formatReached(7 / 20)).toBe('35.0%');
    expect(formatReached(1 / 3)).toBe('33.3%');
  });
});
