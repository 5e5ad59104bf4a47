import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import {
  Alert, Box, Button, FormControl, FormControlLabel, FormLabel, Grid, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { aidApi } from './api';
import { AidFacts, yuan } from './AidFacts';

/**
 * 街道分管领导审批先行救助 (formKey builtin:approve-emergency-aid): the request beside the street's ceiling and the
 * reserve fund's balance, then approve (an amount up to both) or send the case to the regular path.
 */
export const EmergencyApprovalScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const t = useTranslate();
  const { data: aid, error } = useQuery({
    queryKey: ['temporary-aid', task.caseNumber], queryFn: () => aidApi.caseAid(task.caseNumber), retry: false,
  });
  const [decision, setDecision] = useState('APPROVE');
  const [approvedAmount, setApprovedAmount] = useState('');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (error) return <Alert severity="error">{(error as any)?.body?.title ?? String(error)}</Alert>;
  if (!aid) return null;
  const requested = aid.request.details.amountRequested;
  const amount = approvedAmount === '' ? requested : Number(approvedAmount);
  const aboveCeiling = amount > aid.limits.streetCeiling;
  const aboveBalance = amount > aid.fundBalance;

  const submit = async () => {
    setBusy(true);
    setErrors({});
    const data: Record<string, unknown> = { emergencyDecision: decision, opinion };
    if (decision === 'APPROVE' && approvedAmount !== '') data.approvedAmount = Number(approvedAmount);
    const result: any = await onSubmit(data);
    setBusy(false);
    if (result && result.ok === false) {
      setErrors(Object.fromEntries(result.fieldErrors.map((e: any) => [e.field, e.message || t(`temporaryAid.errors.${e.code}`, { _: e.code })])));
    }
  };

  return (
    <Box data-testid="emergency-approval">
      <AidFacts aid={aid} />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="caption" color="text.secondary">{t('temporaryAid.approval.ceiling')}</Typography>
          <Typography data-testid="aid-ceiling" color={aboveCeiling ? 'error' : undefined}>{yuan(aid.limits.streetCeiling)}</Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="caption" color="text.secondary">{t('temporaryAid.approval.balance')}</Typography>
          <Typography data-testid="aid-balance" color={aboveBalance ? 'error' : undefined}>{yuan(aid.fundBalance)}</Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Typography variant="caption" color="text.secondary">{t('temporaryAid.approval.toPay')}</Typography>
          <Typography>{yuan(amount)}</Typography>
        </Grid>
      </Grid>
      {aboveBalance && <Alert severity="warning" sx={{ mt: 1 }}>{t('temporaryAid.approval.balanceLow')}</Alert>}
      {aid.request.repeatOfCase && <Alert severity="warning" sx={{ mt: 1 }}>{t('temporaryAid.approval.repeat', { caseNumber: aid.request.repeatOfCase })}</Alert>}
      <FormControl sx={{ mt: 2 }} error={!!errors.emergencyDecision}>
        <FormLabel>{t('temporaryAid.approval.decision')}</FormLabel>
        <RadioGroup row value={decision} onChange={e => setDecision(e.target.value)}>
          <FormControlLabel value="APPROVE" control={<Radio size="small" />} label={t('temporaryAid.approval.APPROVE')} />
          <FormControlLabel value="REGULAR" control={<Radio size="small" />} label={t('temporaryAid.approval.REGULAR')} />
        </RadioGroup>
      </FormControl>
      {decision === 'APPROVE' && (
        <TextField fullWidth size="small" type="number" sx={{ mt: 1 }} label={t('temporaryAid.approval.approvedAmount')}
          placeholder={String(requested)} value={approvedAmount} onChange={e => { setApprovedAmount(e.target.value); setErrors({ ...errors, approvedAmount: '' }); }}
          error={!!errors.approvedAmount} helperText={errors.approvedAmount || t('temporaryAid.approval.amountHint')}
          inputProps={{ min: 0, step: '0.01', 'data-testid': 'approved-amount' }} />
      )}
      <TextField fullWidth multiline minRows={2} size="small" sx={{ mt: 2 }} label={t('temporaryAid.approval.opinion')}
        value={opinion} onChange={e => { setOpinion(e.target.value); setErrors({ ...errors, opinion: '' }); }} error={!!errors.opinion} helperText={errors.opinion}
        inputProps={{ 'data-testid': 'approval-opinion' }} />
      <Button sx={{ mt: 2 }} variant="contained" onClick={submit} disabled={busy} data-testid="approval-submit">
        {t('temporaryAid.approval.submit')}
      </Button>
    </Box>
  );
};
