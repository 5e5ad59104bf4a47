import { callApi } from '../dataProvider/http';

/** GET /api/decisions/field-rechecks: the 特困 field re-checks of a county in a month. */
export type FieldRecheckShare = {
  districtCode: string; districtName: string; month: string; cases: number; selected: number;
  shareReached: number | null; minimumShare: number; minimumSelected: number; minimumMet: boolean;
};

export const fieldRecheckApi = {
  share: (districtCode: string, month?: string) =>
    callApi<FieldRecheckShare>(`/api/decisions/field-rechecks?districtCode=${encodeURIComponent(districtCode)}`
      + (month ? `&month=${encodeURIComponent(month)}` : '')),
};

/** 0.3 → "30%", 0.125 → "12.5%" (the minimum as a bureau sets it). */
export const formatMinimum = (share: number | string) => `${Number((Number(share) * 100).toFixed(2))}%`;

/** 0.3 → "30.0%" (the share reached, one decimal). */
export const formatReached = (share: number | string) => `${(Number(share) * 100).toFixed(1)}%`;

/** The sentence the county reads, e.g. 本月特困入户抽查：20 件中抽查 6 件（30.0%，不低于 30%）. */
export const fieldRecheckSentence = (share: FieldRecheckShare, translate: (key: string, options?: any) => string) =>
  share.cases === 0
    ? translate('app.decision.fieldRecheck.none', { minimum: formatMinimum(share.minimumShare) })
    : translate('app.decision.fieldRecheck.summary', {
      cases: share.cases, selected: share.selected, share: formatReached(share.shareReached ?? 0),
      minimum: formatMinimum(share.minimumShare),
    });
