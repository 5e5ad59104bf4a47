import { FormEvent, useMemo, useState } from 'react';
import { Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import {
  Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControl, FormControlLabel, FormLabel, Grid, Link,
  MenuItem, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import type { AppDataProvider } from '../dataProvider';
import { useJurisdictions } from '../common/useJurisdictions';
import { AID_FORMS, AID_REASONS, AID_TYPES, aidApi, decodeResidentId, Person } from './api';

type FieldErrors = Record<string, string>;

const newKey = () => `aid-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * 临时救助快速受理: one screen at the window of the street where the emergency happened — find the person by their
 * resident ID (registered anywhere in the city) or register them, then type, reason, amount and form of aid.
 */
export const EmergencyIntake = () => {
  const t = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const jurisdictions = useJurisdictions();
  const street = (identity as any)?.jurisdictionCode as string | undefined;
  const communities = street ? jurisdictions.children(street, 'COMMUNITY') : [];
  const { data: checklist = [] } = useQuery({
    queryKey: ['checklist', 'TEMPORARY_AID'], queryFn: () => dataProvider.checklist('TEMPORARY_AID'),
  });

  const [residentId, setResidentId] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [lookedUp, setLookedUp] = useState(false);
  const [name, setName] = useState('');
  const [community, setCommunity] = useState('');
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [aidType, setAidType] = useState('EMERGENCY');
  const [reason, setReason] = useState('');
  const [reasonDetail, setReasonDetail] = useState('');
  const [amount, setAmount] = useState('');
  const [aidForm, setAidForm] = useState('CASH');
  const [materials, setMaterials] = useState<string[]>([]);
  const [pledge, setPledge] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useMemo(newKey, [accepted]);

  const lookUp = async () => {
    setErrors({});
    setProblem(null);
    try {
      setPerson(await aidApi.lookUpPerson(residentId));
    } catch (e: any) {
      setPerson(null);
      if (e?.status === 404) {
        setLookedUp(true);
        return;
      }
      setErrors(toErrors(e, t));
      return;
    }
    setLookedUp(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setProblem(null);
    const decoded = decodeResidentId(residentId);
    const body: Record<string, unknown> = {
      category: 'TEMPORARY_AID', streetCode: street, applicantResidentId: residentId.trim().toUpperCase(),
      truthPledgeSigned: pledge, verificationConsent: consent, materials,
      temporaryAid: {
        aidType, reason: reason || null, reasonDetail: reasonDetail || null,
        amountRequested: amount === '' ? null : Number(amount), aidForm,
      },
    };
    if (person) {
      body.householdId = person.householdId;
    } else {
      body.household = {
        communityCode: community, address, phone: phone || null,
        members: [{
          name, residentId: residentId.trim().toUpperCase(), relation: 'HEAD', birthDate: decoded?.birthDate,
          sex: decoded?.sex, workAbility: 'PARTIAL', illness: 'NONE', employmentStatus: 'UNEMPLOYED',
          studentStatus: 'NONE',
        }],
      };
    }
    try {
      const created: any = await dataProvider.fileApplication(body, idempotencyKey);
      setAccepted(created.caseNumber);
    } catch (e: any) {
      setErrors(toErrors(e, t));
      setProblem(e?.body?.title ?? e?.message ?? t('app.error.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  if (accepted) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title={t('temporaryAid.intake.title')} />
        <CardContent>
          <Alert severity="success" data-testid="aid-accepted">
            {t('temporaryAid.intake.accepted')}{' '}
            <Link component={RouterLink} to={`/cases/${encodeURIComponent(accepted)}/show`}>{accepted}</Link>
          </Alert>
          <Button sx={{ mt: 2 }} variant="outlined" onClick={() => window.location.reload()}>
            {t('temporaryAid.intake.next')}
          </Button>
        </CardContent>
      </Card>
    );
  }

  const err = (field: string) => errors[field];
  return (
    <Card sx={{ mt: 2 }} component="form" onSubmit={submit} noValidate>
      <Title title={t('temporaryAid.intake.title')} />
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('temporaryAid.intake.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('temporaryAid.intake.hint')}</Typography>
        {problem && <Alert severity="error" sx={{ mb: 2 }} data-testid="aid-problem">{problem}
          {Object.values(errors).length > 0 && <ul>{Object.entries(errors).map(([f, m]) => <li key={f}>{f}: {m}</li>)}</ul>}
        </Alert>}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <TextField fullWidth size="small" label={t('temporaryAid.intake.residentId')} value={residentId}
                onChange={e => { setResidentId(e.target.value); setLookedUp(false); setPerson(null); }}
                error={!!(err('residentId') || err('applicantResidentId'))}
                helperText={err('residentId') || err('applicantResidentId')} inputProps={{ 'data-testid': 'aid-resident-id' }} />
              <Button variant="outlined" onClick={lookUp} disabled={!residentId.trim()}>{t('temporaryAid.intake.lookUp')}</Button>
            </Box>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            {person && (
              <Box data-testid="aid-person">
                <Typography>{person.name} · {person.residentIdMasked}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('temporaryAid.intake.registeredIn', { place: `${person.streetName ?? ''} ${person.communityName ?? ''}` })}
                  {person.registeredElsewhere && <Chip size="small" color="warning" sx={{ ml: 1 }} label={t('temporaryAid.intake.elsewhere')} />}
                </Typography>
              </Box>
            )}
            {lookedUp && !person && <Alert severity="info">{t('temporaryAid.intake.newPerson')}</Alert>}
          </Grid>
          {lookedUp && !person && (
            <>
              <Grid size={{ xs: 12, md: 3 }}>
                <TextField fullWidth size="small" label={t('temporaryAid.intake.name')} value={name} onChange={e => setName(e.target.value)}
                  error={!!err('household.members[0].name')} helperText={err('household.members[0].name')} />
              </Grid>
              <Grid size={{ xs: 12, md: 3 }}>
                <TextField select fullWidth size="small" label={t('temporaryAid.intake.community')} value={community}
                  onChange={e => setCommunity(e.target.value)} error={!!err('household.communityCode')} helperText={err('household.communityCode')}>
                  {communities.map(c => <MenuItem key={c.code} value={c.code}>{c.name}</MenuItem>)}
                </TextField>
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField fullWidth size="small" label={t('temporaryAid.intake.address')} value={address} onChange={e => setAddress(e.target.value)}
                  error={!!err('household.address')} helperText={err('household.address')} />
              </Grid>
              <Grid size={{ xs: 12, md: 2 }}>
                <TextField fullWidth size="small" label={t('temporaryAid.intake.phone')} value={phone} onChange={e => setPhone(e.target.value)}
                  error={!!err('household.phone')} helperText={err('household.phone')} />
              </Grid>
            </>
          )}
          <Grid size={{ xs: 12, md: 4 }}>
            <FormControl error={!!err('temporaryAid.aidType')}>
              <FormLabel>{t('temporaryAid.fields.aidType')}</FormLabel>
              <RadioGroup row value={aidType} onChange={e => setAidType(e.target.value)}>
                {AID_TYPES.map(v => <FormControlLabel key={v} value={v} control={<Radio size="small" />} label={t(`temporaryAid.aidType.${v}`)} />)}
              </RadioGroup>
            </FormControl>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField select fullWidth size="small" label={t('temporaryAid.fields.reason')} value={reason}
              onChange={e => setReason(e.target.value)} error={!!err('temporaryAid.reason')} helperText={err('temporaryAid.reason')}
              SelectProps={{ SelectDisplayProps: { 'data-testid': 'aid-reason' } as any }}>
              {AID_REASONS.map(v => <MenuItem key={v} value={v}>{t(`temporaryAid.reason.${v}`)}</MenuItem>)}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextField fullWidth size="small" type="number" label={t('temporaryAid.fields.amountRequested')} value={amount}
              onChange={e => setAmount(e.target.value)} error={!!err('temporaryAid.amountRequested')}
              helperText={err('temporaryAid.amountRequested')} inputProps={{ min: 0, step: '0.01', 'data-testid': 'aid-amount' }} />
          </Grid>
          {reason === 'OTHER' && (
            <Grid size={12}>
              <TextField fullWidth size="small" label={t('temporaryAid.fields.reasonDetail')} value={reasonDetail}
                onChange={e => setReasonDetail(e.target.value)} error={!!err('temporaryAid.reasonDetail')}
                helperText={err('temporaryAid.reasonDetail')} />
            </Grid>
          )}
          <Grid size={12}>
            <FormControl>
              <FormLabel>{t('temporaryAid.fields.aidForm')}</FormLabel>
              <RadioGroup row value={aidForm} onChange={e => setAidForm(e.target.value)}>
                {AID_FORMS.map(v => <FormControlLabel key={v} value={v} control={<Radio size="small" />} label={t(`temporaryAid.aidForm.${v}`)} />)}
              </RadioGroup>
            </FormControl>
          </Grid>
          <Grid size={12}>
            <FormLabel>{t('temporaryAid.intake.materials')}</FormLabel>
            <Box>
              {checklist.filter(item => item.need !== 'WITH_AGENT').map(item => (
                <FormControlLabel key={item.code} label={item.name} control={
                  <Checkbox size="small" checked={materials.includes(item.code)} onChange={e => setMaterials(
                    e.target.checked ? [...materials, item.code] : materials.filter(m => m !== item.code))} />} />
              ))}
            </Box>
          </Grid>
          <Grid size={12}>
            <FormControlLabel control={<Checkbox size="small" checked={pledge} onChange={e => setPledge(e.target.checked)} />}
              label={t('temporaryAid.intake.pledge')} />
            <FormControlLabel control={<Checkbox size="small" checked={consent} onChange={e => setConsent(e.target.checked)} />}
              label={t('temporaryAid.intake.consent')} />
          </Grid>
        </Grid>
        <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={busy || !lookedUp} data-testid="aid-submit">
          {t('temporaryAid.intake.submit')}
        </Button>
      </CardContent>
    </Card>
  );
};

const toErrors = (e: any, t: (key: string, options?: any) => string): FieldErrors => {
  const list: { field: string; code: string; message?: string }[] = e?.body?.errors ?? [];
  return Object.fromEntries(list.filter(x => x.field).map(x => [x.field, x.message || t(`temporaryAid.errors.${x.code}`, { _: x.code })]));
};
