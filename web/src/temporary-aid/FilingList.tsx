import { useState } from 'react';
import { ProvisionalMark } from '../calendar/ProvisionalMark';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Link, MenuItem, Table,
  TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useFormatDate } from '../common/fields';
import { aidApi, canAnswerFilings, canReviewFilings, Filing } from './api';
import { yuan } from './AidFacts';

const REVIEW_COLORS = { FILED: 'info', QUERIED: 'warning', ANSWERED: 'info', ACCEPTED: 'success' } as const;
const PAPERWORK_COLORS = { PENDING: 'default', OVERDUE: 'error', COMPLETED: 'success' } as const;

type Action = { filing: Filing; kind: 'accept' | 'query' | 'answer' };

/**
 * 先行救助备案: every paid emergency filed with the county, with the summary it needs; the county auditor accepts
 * or queries, the street head answers a query; the summary table exports as XLSX.
 */
export const FilingList = () => {
  const t = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const { permissions: roles } = usePermissions<string[]>();
  const [reviewStatus, setReviewStatus] = useState('');
  const [q, setQ] = useState('');
  const filter = { reviewStatus, q };
  const { data: filings = [], isPending } = useQuery({
    queryKey: ['temporary-aid-filings', filter], queryFn: () => aidApi.filings(filter),
  });
  const [action, setAction] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    if (!action) return;
    setError(null);
    try {
      if (action.kind === 'accept') await aidApi.accept(action.filing.id, text || undefined);
      if (action.kind === 'query') await aidApi.query(action.filing.id, text);
      if (action.kind === 'answer') await aidApi.answer(action.filing.id, text);
      notify(`temporaryAid.filings.done.${action.kind}`, { type: 'success' });
      setAction(null);
      setText('');
      queryClient.invalidateQueries({ queryKey: ['temporary-aid-filings'] });
    } catch (e: any) {
      const fieldError = e?.body?.errors?.[0];
      setError(fieldError ? t(`temporaryAid.errors.${fieldError.code}`, { _: fieldError.code }) : e?.body?.title ?? e?.message);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('temporaryAid.filings.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('temporaryAid.filings.title')}</Typography>
          <TextField size="small" fullWidth={false} sx={{ width: 220 }} label={t('temporaryAid.filings.caseNumber')} value={q} onChange={e => setQ(e.target.value)} />
          <TextField select size="small" fullWidth={false} sx={{ width: 180 }} label={t('temporaryAid.filings.reviewStatus')} value={reviewStatus}
            onChange={e => setReviewStatus(e.target.value)}>
            <MenuItem value="">{t('temporaryAid.filings.all')}</MenuItem>
            {Object.keys(REVIEW_COLORS).map(s => <MenuItem key={s} value={s}>{t(`temporaryAid.filings.review.${s}`)}</MenuItem>)}
          </TextField>
          <Button variant="outlined" startIcon={<DownloadIcon />} data-testid="filings-export"
            onClick={() => aidApi.exportFilings(filter).catch(e => notify(e?.message, { type: 'error' }))}>
            {t('temporaryAid.filings.export')}
          </Button>
        </Box>
        <Table size="small" data-testid="filings">
          <TableHead><TableRow>
            <TableCell>{t('temporaryAid.filings.caseNumber')}</TableCell>
            <TableCell>{t('temporaryAid.filings.street')}</TableCell>
            <TableCell>{t('temporaryAid.filings.person')}</TableCell>
            <TableCell>{t('temporaryAid.fields.reason')}</TableCell>
            <TableCell>{t('temporaryAid.filings.amountPaid')}</TableCell>
            <TableCell>{t('temporaryAid.filings.paidAt')}</TableCell>
            <TableCell>{t('temporaryAid.filings.paperwork')}</TableCell>
            <TableCell>{t('temporaryAid.filings.reviewStatus')}</TableCell>
            <TableCell />
          </TableRow></TableHead>
          <TableBody>
            {!isPending && filings.length === 0 && (
              <TableRow><TableCell colSpan={9}>{t('temporaryAid.filings.none')}</TableCell></TableRow>
            )}
            {filings.map(f => (
              <TableRow key={f.id} data-testid="filing" data-case={f.caseNumber}>
                <TableCell>
                  <Link component={RouterLink} to={`/temporary-aid/cases/${encodeURIComponent(f.caseNumber)}`}>{f.caseNumber}</Link>
                </TableCell>
                <TableCell>{f.streetName}</TableCell>
                <TableCell>{f.personName}<br /><Typography variant="caption">{f.personIdMasked}</Typography></TableCell>
                <TableCell>{t(`temporaryAid.aidType.${f.aidType}`)} · {t(`temporaryAid.reason.${f.reason}`)}</TableCell>
                <TableCell>{yuan(f.amountPaid)}</TableCell>
                <TableCell>{formatDate(f.paidAt)}</TableCell>
                <TableCell>
                  <Chip size="small" color={PAPERWORK_COLORS[f.paperworkStatus]} label={t(`temporaryAid.filings.paperworkStatus.${f.paperworkStatus}`)} />
                  {f.paperworkStatus !== 'COMPLETED' && f.paperworkDueAt && (
                    <Typography variant="caption" component="div" data-testid="paperwork-due">
                      {formatDate(f.paperworkDueAt)}
                      <ProvisionalMark provisional={f.paperworkDueProvisional} due={f.paperworkDueAt} />
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={REVIEW_COLORS[f.reviewStatus]} label={t(`temporaryAid.filings.review.${f.reviewStatus}`)} data-testid="filing-status" />
                  {f.query && <Typography variant="caption" display="block">{t('temporaryAid.filings.queryText')}{f.query}</Typography>}
                  {f.answer && <Typography variant="caption" display="block">{t('temporaryAid.filings.answerText')}{f.answer}</Typography>}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {canReviewFilings(roles) && (f.reviewStatus === 'FILED' || f.reviewStatus === 'ANSWERED') && (
                    <>
                      <Button size="small" onClick={() => setAction({ filing: f, kind: 'accept' })} data-testid="filing-accept">{t('temporaryAid.filings.accept')}</Button>
                      <Button size="small" color="warning" onClick={() => setAction({ filing: f, kind: 'query' })} data-testid="filing-query">{t('temporaryAid.filings.query')}</Button>
                    </>
                  )}
                  {canAnswerFilings(roles) && f.reviewStatus === 'QUERIED' && (
                    <Button size="small" onClick={() => setAction({ filing: f, kind: 'answer' })} data-testid="filing-answer">{t('temporaryAid.filings.answer')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
      <Dialog open={!!action} onClose={() => setAction(null)} fullWidth>
        <DialogTitle>{action && t(`temporaryAid.filings.${action.kind}`)} · {action?.filing.caseNumber}</DialogTitle>
        <DialogContent>
          <TextField fullWidth multiline minRows={3} sx={{ mt: 1 }} value={text} onChange={e => setText(e.target.value)}
            label={action && t(`temporaryAid.filings.textLabel.${action.kind}`)} error={!!error} helperText={error}
            inputProps={{ 'data-testid': 'filing-text' }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(null)}>{t('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={run} data-testid="filing-confirm">{t('ra.action.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
