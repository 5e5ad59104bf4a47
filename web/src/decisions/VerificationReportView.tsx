import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Discrepancy, VerificationReport } from '../dataProvider/process';
import { formatMoney } from '../common/fields';
import { enumKey } from '../common/enums';

const money = (value: number | null | undefined) => (value == null ? '—' : formatMoney(value));

/**
 * A verification report: the discrepancies first (highlighted), then per member what was declared and found per
 * income kind and asset kind, and the sources with the dates of their data.
 */
export const VerificationReportView = ({ report }: { report?: VerificationReport | null }) => {
  const translate = useTranslate();
  if (!report) return <Alert severity="info">{translate('app.decision.noReport')}</Alert>;
  const content = report.content;
  const discrepancies = content?.discrepancies ?? [];
  const isFlagged = (memberId: number | null, kind: string) =>
    discrepancies.some(d => d.kind === kind && (d.memberId === memberId || d.memberId == null));
  const kindLabel = (d: Discrepancy) =>
    translate(enumKey('incomeKind', d.kind), { _: translate(enumKey('assetKind', d.kind), { _: d.kind }) });
  return (
    <Box data-testid="verification-report">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip color={report.passed ? 'success' : 'warning'} data-testid="verification-passed"
          label={report.passed ? translate('app.decision.passed') : translate('app.decision.discrepancies', { smart_count: report.discrepancyCount })} />
        <Typography variant="body2" color="text.secondary">{translate('app.decision.asOf')}：{report.asOf}</Typography>
      </Box>
      {discrepancies.length > 0 && (
        <Alert severity="warning" icon={false} sx={{ mb: 1 }} data-testid="discrepancies">
          {discrepancies.map((d, i) => (
            <Typography key={i} variant="body2">
              <b>{d.memberName ?? translate('app.decision.household')}</b>：{translate(`app.decision.discrepancy.${d.code}`, { _: d.code })}（{kindLabel(d)}）
              {translate('app.decision.declared')} {money(d.declared)}，{translate('app.decision.found')} {money(d.found)}
              {d.difference != null && `，${translate('app.decision.difference')} ${money(d.difference)}`}
              {d.sources?.length ? ` · ${d.sources.join('、')}` : ''}
            </Typography>
          ))}
        </Alert>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.decision.member')}</TableCell>
            <TableCell>{translate('app.decision.incomes')}</TableCell>
            <TableCell align="right">{translate('app.decision.declared')}</TableCell>
            <TableCell align="right">{translate('app.decision.found')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(content?.members ?? []).flatMap(member => [
            ...member.incomes.map(income => ({ member, kind: income.kind, label: translate(enumKey('incomeKind', income.kind), { _: income.kind }), declared: income.declaredMonthly, found: income.foundMonthly })),
            ...member.assets.map(asset => ({ member, kind: asset.kind, label: translate(enumKey('assetKind', asset.kind), { _: asset.kind }), declared: asset.declaredValue, found: asset.foundValue })),
          ]).map(({ member, kind, label, declared, found }) => {
            const flagged = isFlagged(member.memberId, kind);
            return (
              <TableRow key={`${member.memberId}-${kind}`} sx={flagged ? { bgcolor: 'warning.light' } : undefined} data-flagged={flagged || undefined}>
                <TableCell>{member.name}</TableCell>
                <TableCell>{label}</TableCell>
                <TableCell align="right">{money(declared)}</TableCell>
                <TableCell align="right">{money(found)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {translate('app.decision.sources')}：{(content?.sources ?? []).map(s => `${s.name}（${s.extractDate}）`).join('、') || '—'}
      </Typography>
    </Box>
  );
};
