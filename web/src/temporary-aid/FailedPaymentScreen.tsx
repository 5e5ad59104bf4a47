import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import {
  Alert, Box, Button, FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, TextField,
} from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { aidApi, CaseAid, RESOLUTIONS, Resolution, resolutionData } from './api';
import { AidFacts } from './AidFacts';
import { PaymentResolutionView } from './PaymentResolution';

type FormProps = {
  aid: CaseAid;
  onSubmit: TaskScreenProps['onSubmit'];
};

/**
 * The choices of the failed-payment step on a loaded case: retry (with what was done), change the payee to another
 * active member of the household (with the reason; another person approves it), or close the request unpaid (with
 * the reason). The server's field errors are shown at their fields.
 */
export const FailedPaymentForm = ({ aid, onSubmit }: FormProps) => {
  const t = useTranslate();
  const [choice, setChoice] = useState<Resolution>('RETRY');
  const [payeeMemberId, setPayeeMemberId] = useState<number | ''>('');
  const [note, setNote] = useState('');
  const [closeReason, setCloseReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { candidates, payee } = aid.resolution;
  const error = (field: string) => errors[field];
  const clear = (field: string) => setErrors(current => ({ ...current, [field]: '' }));

  const submit = async () => {
    setBusy(true);
    setErrors({});
    const result = await onSubmit(resolutionData(choice, { payeeMemberId, note, closeReason }));
    setBusy(false);
    if (result && result.ok === false) {
      setErrors(Object.fromEntries(result.fieldErrors.map(e => [e.field, t(`temporaryAid.errors.${e.code}`, { _: e.message || e.code })])));
    }
  };

  return (
    <Box data-testid="failed-payment">
      <FormControl error={!!error('resolution')}>
        <FormLabel>{t('temporaryAid.resolution.choose')}</FormLabel>
        <RadioGroup row value={choice} onChange={e => setChoice(e.target.value as Resolution)}>
          {RESOLUTIONS.map(value => (
            <FormControlLabel key={value} value={value} control={<Radio size="small" />}
              disabled={value === 'CHANGE_PAYEE' && candidates.length === 0}
              label={t(`temporaryAid.resolution.choices.${value}`)} data-testid={`resolution-${value}`} />
          ))}
        </RadioGroup>
      </FormControl>
      {candidates.length === 0 && <Alert severity="info" sx={{ mb: 1 }}>{t('temporaryAid.resolution.noCandidates')}</Alert>}
      {choice === 'RETRY' && !payee.active && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="retry-will-fail">{t('temporaryAid.resolution.retryWillFail')}</Alert>
      )}
      {choice === 'CHANGE_PAYEE' && (
        <TextField select fullWidth size="small" sx={{ mt: 1 }} label={t('temporaryAid.resolution.newPayee')}
          value={payeeMemberId} onChange={e => { setPayeeMemberId(e.target.value === '' ? '' : Number(e.target.value)); clear('payeeMemberId'); }}
          error={!!error('payeeMemberId')} helperText={error('payeeMemberId') || t('temporaryAid.resolution.newPayeeHint')}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'new-payee' }, inputLabel: { shrink: true } }}>
          <option value="" />
          {candidates.map(m => (
            <option key={m.memberId} value={m.memberId}>
              {`${m.name}（${t(`app.enums.relation.${m.relation}`, { _: m.relation })}，${m.residentIdMasked}）`}
            </option>
          ))}
        </TextField>
      )}
      {choice !== 'CLOSE' ? (
        <TextField fullWidth multiline minRows={2} size="small" sx={{ mt: 1 }}
          label={t(choice === 'RETRY' ? 'temporaryAid.resolution.retryNote' : 'temporaryAid.resolution.changeNote')}
          value={note} onChange={e => { setNote(e.target.value); clear('note'); }} error={!!error('note')} helperText={error('note')}
          inputProps={{ 'data-testid': 'resolution-note' }} />
      ) : (
        <TextField fullWidth multiline minRows={2} size="small" sx={{ mt: 1 }} required label={t('temporaryAid.resolution.closeReason')}
          value={closeReason} onChange={e => { setCloseReason(e.target.value); clear('closeReason'); }}
          error={!!error('closeReason')} helperText={error('closeReason') || t('temporaryAid.resolution.closeHint')}
          inputProps={{ 'data-testid': 'close-reason' }} />
      )}
      <Button sx={{ mt: 1 }} variant="contained" color={choice === 'CLOSE' ? 'warning' : 'primary'} onClick={submit}
        disabled={busy} data-testid="resolution-submit">
        {t(`temporaryAid.resolution.submit.${choice}`)}
      </Button>
    </Box>
  );
};

/** 处理支付失败 (formKey builtin:resolve-failed-aid-payment): the failed attempts, the payee, then the choice. */
export const FailedPaymentScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const { data: aid, error } = useQuery({
    queryKey: ['temporary-aid', task.caseNumber], queryFn: () => aidApi.caseAid(task.caseNumber), retry: false,
  });
  if (error) return <Alert severity="error">{(error as any)?.body?.title ?? String(error)}</Alert>;
  if (!aid) return null;
  return (
    <Box data-testid="screen-resolve-failed-aid-payment">
      <AidFacts aid={aid} />
      <Box sx={{ my: 1 }}><PaymentResolutionView aid={aid} /></Box>
      <FailedPaymentForm aid={aid} onSubmit={onSubmit} />
    </Box>
  );
};
