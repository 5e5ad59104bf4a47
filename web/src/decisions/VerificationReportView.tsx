import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Discrepancy, VerificationReport } from '../dataProvider/process';
import { formatMoney } from '../common/fields';
import { enumKey } from '../common/enums';
import { comparedRows, isConsistent } from './verificationRows';

const money = (value: number | null | undefined) => (value == null ? '—' : formatMoney(value));

/**
 * A verification report: the badge (核对一致 only without any discrepancy), the discrepancies listed, then every
 * compared figure — each member's monthly income per kind, the household's assets per kind (declared and found
 * count and value) — with each mismatched row marked, and the sources with the dates of their data.
 */
export const VerificationReportView = ({ report }: { report?: VerificationReport | null }) => {
  const translate = useTranslate();
  if (!report) return <Alert severity="info">{translate('app.decision.noReport')}</Alert>;
  const content = report.content;
  const discrepancies = content?.discrepancies ?? [];
  const consistent = isConsistent(report);
  const kindLabel = (kind: string) =>
    translate(enumKey('incomeKind', kind), { _: translate(enumKey('assetKind', kind), { _: kind }) });
  const window = content?.incomeWindow;
  const counted = (count: number | undefined, value: number | null) =>
    count == null ? money(value) : `${translate('app.decision.itemCount', { smart_count: count })} · ${money(value)}`;
  return (
    <Box data-testid="verification-report">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip color={consistent ? 'success' : 'warning'} data-testid="verification-passed"
          label={consistent ? translate('app.decision.passed') : translate('app.decision.discrepancies', { smart_count: discrepancies.length || report.discrepancyCount })} />
        <Typography variant="body2" color="text.secondary">{translate('app.decision.asOf')}：{report.asOf}</Typography>
        {window && (
          <Typography variant="body2" color="text.secondary" data-testid="income-window">
            {translate('app.decision.incomeWindow', { first: window.first, last: window.last, months: window.months })}
          </Typography>
        )}
      </Box>
      {discrepancies.length > 0 && (
        <Alert severity="warning" icon={false} sx={{ mb: 1 }} data-testid="discrepancies">
          {discrepancies.map((d: Discrepancy, i) => (
            <Typography key={i} variant="body2">
              <b>{d.memberName ?? translate('app.decision.household')}</b>：{translate(`app.decision.discrepancy.${d.code}`, { _: d.code })}（{kindLabel(d.kind)}）
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
            <TableCell>{translate('app.decision.item')}</TableCell>
            <TableCell align="right">{translate('app.decision.declared')}</TableCell>
            <TableCell align="right">{translate('app.decision.found')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {comparedRows(report).map(row => (
            <TableRow key={row.key} sx={row.flagged ? { bgcolor: 'warning.light' } : undefined}
              data-flagged={row.flagged || undefined} data-testid={`compared-${row.key}`}>
              <TableCell>{row.member ?? translate('app.decision.household')}</TableCell>
              <TableCell>
                {kindLabel(row.kind)}{row.type === 'income' ? translate('app.decision.perMonth') : ''}
                {row.flagged && <Chip size="small" color="warning" sx={{ ml: 0.5 }} label={translate('app.decision.mismatch')} />}
              </TableCell>
              <TableCell align="right">{row.type === 'asset' ? counted(row.declaredCount, row.declared) : money(row.declared)}</TableCell>
              <TableCell align="right">
                {row.type === 'asset' ? counted(row.foundCount, row.found) : row.found == null ? translate('app.decision.notReported') : money(row.found)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {translate('app.decision.sources')}：{(content?.sources ?? []).map(s => `${s.name}（${s.extractDate}）`).join('、') || '—'}
      </Typography>
    </Box>
  );
};
