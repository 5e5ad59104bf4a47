import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { localDay } from '../tasks/localDay';
import { planOfHousehold, sendForm } from './api';
import { AgreementPreview } from './AgreementPreview';
import { SignaturePad } from './SignaturePad';
import { useCaseHousehold } from './DraftPlanScreen';

const attach = (taskId: string, kind: string, file: Blob, name: string) => {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, name);
  return sendForm<{ id: number }>(`/api/tasks/${taskId}/documents`, form);
};

/**
 * 签订帮扶协议 (formKey builtin:sign-agreement): on paper (upload the signed scan) or on a tablet (both parties draw
 * their signature), with both names and the date; or the family's refusal with the reason.
 */
export const SignAgreementScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const translate = useTranslate();
  const household = useCaseHousehold(task.caseNumber);
  const householdId = household.data?.householdId;
  const plan = useQuery({ queryKey: ['agreements', 'plan', householdId], queryFn: () => planOfHousehold(householdId!), enabled: !!householdId });
  const [outcome, setOutcome] = useState('SIGNED');
  const [method, setMethod] = useState('PAPER');
  const [familySigner, setFamilySigner] = useState('');
  const [streetSigner, setStreetSigner] = useState('');
  const [signedOn, setSignedOn] = useState(localDay(new Date()));
  const [refusalReason, setRefusalReason] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [familySignature, setFamilySignature] = useState<Blob | null>(null);
  const [streetSignature, setStreetSignature] = useState<Blob | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      const data: Record<string, unknown> = { signingOutcome: outcome, signedOn };
      if (outcome === 'REFUSED') {
        data.refusalReason = refusalReason;
      } else {
        Object.assign(data, { signingMethod: method, familySigner, streetSigner });
        if (method === 'PAPER' && scan) data.scanDocumentId = (await attach(task.id, 'SIGNED_AGREEMENT', scan, scan.name)).id;
        if (method === 'TABLET') {
          if (familySignature) data.familySignatureDocumentId = (await attach(task.id, 'AGREEMENT_SIGNATURE', familySignature, 'family-signature.png')).id;
          if (streetSignature) data.streetSignatureDocumentId = (await attach(task.id, 'AGREEMENT_SIGNATURE', streetSignature, 'street-signature.png')).id;
        }
      }
      const result = await onSubmit(data);
      if (!result.ok) setErrors(Object.fromEntries(result.fieldErrors.map(e => [e.field ?? '', e.message || e.code || ''])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="screen-sign-agreement">
      {plan.data && householdId && <AgreementPreview planId={plan.data.id} householdId={householdId} />}
      <RadioGroup row value={outcome} onChange={e => setOutcome(e.target.value)}>
        <FormControlLabel value="SIGNED" control={<Radio />} label={translate('agreements.sign.signed')} />
        <FormControlLabel value="REFUSED" control={<Radio />} label={translate('agreements.sign.refused')} />
      </RadioGroup>
      {outcome === 'SIGNED' && (
        <>
          <RadioGroup row value={method} onChange={e => setMethod(e.target.value)}>
            <FormControlLabel value="PAPER" control={<Radio />} label={translate('agreements.sign.paper')} />
            <FormControlLabel value="TABLET" control={<Radio />} label={translate('agreements.sign.tablet')} />
          </RadioGroup>
          {method === 'PAPER' && (
            <Box>
              <Typography variant="body2">{translate('agreements.sign.scan')}</Typography>
              <input type="file" accept="application/pdf,image/jpeg,image/png" data-testid="sign-scan"
                onChange={e => setScan(e.target.files?.[0] ?? null)} />
              {errors.scanDocumentId && <Typography color="error" variant="body2">{errors.scanDocumentId}</Typography>}
            </Box>
          )}
          {method === 'TABLET' && (
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <SignaturePad label={translate('agreements.sign.familySignature')} testId="sign-pad-family" onChange={setFamilySignature} />
              <SignaturePad label={translate('agreements.sign.streetSignature')} testId="sign-pad-street" onChange={setStreetSignature} />
              {(errors.familySignatureDocumentId || errors.streetSignatureDocumentId) && (
                <Alert severity="error">{translate('agreements.sign.bothSign')}</Alert>
              )}
            </Box>
          )}
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField label={translate('agreements.sign.familySigner')} value={familySigner} error={!!errors.familySigner}
              helperText={errors.familySigner} onChange={e => setFamilySigner(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'sign-family-signer' } }} />
            <TextField label={translate('agreements.sign.streetSigner')} value={streetSigner} error={!!errors.streetSigner}
              helperText={errors.streetSigner} onChange={e => setStreetSigner(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'sign-street-signer' } }} />
          </Box>
        </>
      )}
      {outcome === 'REFUSED' && (
        <TextField label={translate('agreements.sign.refusalReason')} multiline minRows={2} value={refusalReason}
          error={!!errors.refusalReason} helperText={errors.refusalReason} onChange={e => setRefusalReason(e.target.value)} />
      )}
      <TextField type="date" label={translate('agreements.sign.signedOn')} value={signedOn} error={!!errors.signedOn}
        helperText={errors.signedOn} onChange={e => setSignedOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ maxWidth: 220 }} />
      <Box><Button variant="contained" onClick={submit} disabled={busy} data-testid="sign-submit">{translate('agreements.sign.submit')}</Button></Box>
    </Stack>
  );
};
