import { useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { aidApi, CaseAid } from './api';
import { AidFacts } from './AidFacts';
import { MemberName, PaymentResolutionView } from './PaymentResolution';

type FormProps = { aid: CaseAid; username?: string; onSubmit: TaskScreenProps['onSubmit'] };

/**
 * The decision on the pending change of payee: approve (the next attempt pays the new payee) or not, with the
 * opinion. The person who proposed the change is told at once that another person must decide (the server refuses
 * them with 403 SEPARATION_OF_DUTIES anyway).
 */
export const PayeeChangeApprovalForm = ({ aid, username, onSubmit }: FormProps) => {
  const t = useTranslate();
  const [decision, setDecision] = useState('APPROVE');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const pending = aid.resolution.pending;
  if (!pending) return <Alert severity="info">{t('temporaryAid.resolution.noPending')}</Alert>;
  const ownProposal = !!username && pending.proposedBy === username;

  const submit = async () => {
    setBusy(true);
    setErrors({});
    const result = await onSubmit({ payeeChangeDecision: decision, opinion });
    setBusy(false);
    if (result && result.ok === false) {
      setErrors(Object.fromEntries(result.fieldErrors.map(e => [e.field, t(`temporaryAid.errors.${e.code}`, { _: e.message || e.code })])));
    }
  };

  return (
    <Box data-testid="payee-change-approval">
      <Box sx={{ mb: 1 }}>
        {t('temporaryAid.resolution.from')}：<MemberName member={pending.from} />　{t('temporaryAid.resolution.to')}：<MemberName member={pending.to} />
      </Box>
      {ownProposal && <Alert severity="warning" data-testid="own-proposal">{t('temporaryAid.resolution.ownProposal')}</Alert>}
      <FormControl error={!!errors.payeeChangeDecision} disabled={ownProposal}>
        <FormLabel>{t('temporaryAid.resolution.decision')}</FormLabel>
        <RadioGroup row value={decision} onChange={e => setDecision(e.target.value)}>
          <FormControlLabel value="APPROVE" control={<Radio size="small" />} label={t('temporaryAid.resolution.APPROVE')} />
          <FormControlLabel value="REJECT" control={<Radio size="small" />} label={t('temporaryAid.resolution.REJECT')} />
        </RadioGroup>
        {errors.payeeChangeDecision && <Alert severity="error">{errors.payeeChangeDecision}</Alert>}
      </FormControl>
      <TextField fullWidth multiline minRows={2} size="small" sx={{ mt: 1 }} label={t('temporaryAid.resolution.opinion')}
        value={opinion} disabled={ownProposal} onChange={e => { setOpinion(e.target.value); setErrors({ ...errors, opinion: '' }); }}
        error={!!errors.opinion} helperText={errors.opinion} inputProps={{ 'data-testid': 'payee-change-opinion' }} />
      <Button sx={{ mt: 1 }} variant="contained" onClick={submit} disabled={busy || ownProposal} data-testid="payee-change-submit">
        {t('temporaryAid.resolution.submitDecision')}
      </Button>
    </Box>
  );
};

/** 审批变更收款人 (formKey builtin:approve-payee-change): the failed attempts, the proposal, then the decision. */
export const PayeeChangeApprovalScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const { identity } = useGetIdentity();
  const { data: aid, error } = useQuery({
    queryKey: ['temporary-aid', task.caseNumber], queryFn: () => aidApi.caseAid(task.caseNumber), retry: false,
  });
  if (error) return <Alert severity="error">{(error as any)?.body?.title ?? String(error)}</Alert>;
  if (!aid) return null;
  return (
    <Box data-testid="screen-approve-payee-change">
      <AidFacts aid={aid} />
      <Box sx={{ my: 1 }}><PaymentResolutionView aid={aid} /></Box>
      <PayeeChangeApprovalForm aid={aid} username={identity?.id as string | undefined} onSubmit={onSubmit} />
    </Box>
  );
};
