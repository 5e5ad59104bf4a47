import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio,
  RadioGroup, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import { ApiProblem, fieldErrors, getJson, Referral, sendJson } from './api';

const STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;

/** The department's answer to a referral, entered by its officer or by the caseworker from a paper reply. */
const AnswerDialog = ({ referral, onClose }: { referral: Referral; onClose: () => void }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [delivered, setDelivered] = useState('true');
  const [note, setNote] = useState('');
  const [answeredBy, setAnsweredBy] = useState('');
  const [answeredOn, setAnsweredOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setErrors({});
    setError(null);
    try {
      await sendJson(`/api/agreements/referrals/${referral.id}/feedback`, 'POST', {
        delivered: delivered === 'true', note, answeredBy: answeredBy || null, answeredOn: answeredOn || null,
      });
      await queryClient.invalidateQueries({ queryKey: ['agreements', 'referrals'] });
      onClose();
    } catch (e) {
      setErrors(fieldErrors(e));
      setError(e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('agreements.referrals.answerTitle', { measure: referral.measureName })}</DialogTitle>
      <DialogContent>
        <RadioGroup row value={delivered} onChange={e => setDelivered(e.target.value)}>
          <FormControlLabel value="true" control={<Radio />} label={translate('agreements.referrals.delivered')} />
          <FormControlLabel value="false" control={<Radio />} label={translate('agreements.referrals.notDelivered')} />
        </RadioGroup>
        <TextField fullWidth multiline minRows={3} margin="dense" label={translate('agreements.referrals.note')} value={note}
          error={!!errors.note} helperText={errors.note} onChange={e => setNote(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'referral-note' } }} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('agreements.referrals.paperHint')}</Typography>
        <Box sx={{ display: 'flex', gap: 2 }}>
          <TextField margin="dense" label={translate('agreements.referrals.answeredBy')} value={answeredBy}
            error={!!errors.answeredBy} helperText={errors.answeredBy} onChange={e => setAnsweredBy(e.target.value)} />
          <TextField margin="dense" type="date" label={translate('agreements.referrals.answeredOn')} value={answeredOn}
            error={!!errors.answeredOn} helperText={errors.answeredOn} onChange={e => setAnsweredOn(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }} />
        </Box>
        {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} data-testid="referral-submit">{translate('agreements.referrals.submit')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** 转办事项: a department officer's referrals of their department, or every referral of a caseworker's street. */
export const ReferralInbox = () => {
  const translate = useTranslate();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('OPEN');
  const [answering, setAnswering] = useState<Referral | null>(null);
  const referrals = useQuery({
    queryKey: ['agreements', 'referrals', status],
    queryFn: () => getJson<Referral[]>(`/api/agreements/referrals?range=${encodeURIComponent('[0,199]')}&filter=${encodeURIComponent(JSON.stringify({ status }))}`),
  });
  return (
    <Card data-testid="referral-inbox">
      <Title title={translate('agreements.referrals.title')} />
      <Tabs value={status} onChange={(_e, v) => setStatus(v)}>
        {STATUSES.map(s => <Tab key={s} value={s} label={translate(`agreements.referrals.status.${s}`)} />)}
      </Tabs>
      <CardContent>
        {referrals.error && <Alert severity="error">{translate('agreements.loadFailed')}</Alert>}
        {referrals.data?.length === 0 && <Typography color="text.secondary">{translate('agreements.referrals.none')}</Typography>}
        {!!referrals.data?.length && (
          <Table size="small">
            <TableHead>
              <TableRow>
                {['case', 'street', 'household', 'measure', 'department', 'due', 'answer', ''].map(c => (
                  <TableCell key={c} sx={{ fontWeight: 600 }}>{c && translate(`agreements.referrals.columns.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {referrals.data.map(r => (
                <TableRow key={r.id} data-testid="referral-row">
                  <TableCell>{r.caseNumber}</TableCell>
                  <TableCell>{r.streetName}</TableCell>
                  <TableCell>{r.memberName ?? r.householdHead}</TableCell>
                  <TableCell>{r.measureName}{Object.entries(r.details ?? {}).filter(([, v]) => v !== '' && v != null).map(([k, v]) => <Chip key={k} size="small" sx={{ ml: 0.5 }} label={String(v)} />)}</TableCell>
                  <TableCell>{r.departmentName}</TableCell>
                  <TableCell>{r.dueAt?.slice(0, 10)}{r.overdue && <Chip size="small" color="error" sx={{ ml: 0.5 }} label={translate('agreements.referrals.overdue')} />}</TableCell>
                  <TableCell>
                    {r.enteredBy && (
                      <>
                        {translate(r.delivered ? 'agreements.referrals.delivered' : 'agreements.referrals.notDelivered')}：{r.answerNote}
                        <Typography variant="caption" display="block" color="text.secondary">
                          {translate(`agreements.referrals.enteredAs.${r.enteredAs}`, { user: r.enteredBy })}
                          {r.answeredBy ? ` · ${r.answeredBy}` : ''}
                        </Typography>
                      </>
                    )}
                  </TableCell>
                  <TableCell>
                    {r.status === 'OPEN' && (
                      <Button size="small" variant="outlined" onClick={() => setAnswering(r)} data-testid={`referral-answer-${r.id}`}>
                        {translate('agreements.referrals.answer')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {answering && <AnswerDialog referral={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
};
