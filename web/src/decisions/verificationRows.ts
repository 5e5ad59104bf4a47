import type { VerificationReport } from '../dataProvider/process';

/** One compared figure of a verification report as the decision screens show it. */
export type ComparedRow = {
  key: string;
  /** member name, or null for the household as a whole */
  member: string | null;
  kind: string;
  type: 'income' | 'asset';
  declared: number | null;
  found: number | null;
  declaredCount?: number;
  foundCount?: number;
  flagged: boolean;
};

/**
 * The rows the report compares: every member's monthly income per kind, then the household's assets per kind
 * (declared and found count and value). A row is flagged when the report lists a discrepancy for it, so every
 * mismatch is marked and the badge (consistent only without any discrepancy) agrees with the rows.
 */
export const comparedRows = (report: VerificationReport): ComparedRow[] => {
  const content = report.content;
  const discrepancies = content?.discrepancies ?? [];
  const rows: ComparedRow[] = [];
  for (const member of content?.members ?? []) {
    for (const income of member.incomes ?? []) {
      const listed = discrepancies.some(d => d.code === 'INCOME_MISMATCH' && d.memberId === member.memberId && d.kind === income.kind);
      rows.push({
        key: `income-${member.memberId}-${income.kind}`, member: member.name, kind: income.kind, type: 'income',
        declared: income.declaredMonthly, found: income.foundMonthly, flagged: listed || income.discrepancy === true,
      });
    }
  }
  for (const asset of content?.householdAssets ?? []) {
    const listed = discrepancies.some(d => d.memberId == null && d.kind === asset.kind);
    rows.push({
      key: `asset-${asset.kind}`, member: null, kind: asset.kind, type: 'asset', declared: asset.declaredValue,
      found: asset.foundValue, declaredCount: asset.declaredCount, foundCount: asset.foundCount,
      flagged: listed || asset.discrepancy === true,
    });
  }
  return rows;
};

/** Consistent only when the report lists no discrepancy at all. */
export const isConsistent = (report: VerificationReport) => (report.content?.discrepancies ?? []).length === 0 && report.passed;
