import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import {
  Form, SelectInput, Title, useDataProvider, useGetIdentity, useLocale, useTranslate,
} from 'react-admin';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, CircularProgress, Step, StepLabel, Stepper,
} from '@mui/material';
import type { AppDataProvider, ChecklistItem } from '../dataProvider';
import { choices } from '../common/enums';
import { useJurisdictions } from '../common/useJurisdictions';
import {
  ApplicationValues, defaultValues, mapServerErrors, materialName, stepOf, toRequestBody, validateApplication,
} from './applicationForm';
import { HouseholdStep } from './HouseholdStep';
import { ApplicantStep } from './ApplicantStep';
import { AcceptanceReceipt, AcceptedCase } from './AcceptanceReceipt';

const STEPS = ['app.frontDesk.steps.category', 'app.frontDesk.steps.household', 'app.frontDesk.steps.applicant'];
const STEP_FIELDS = (mode: string) => [
  ['category', 'streetCode'],
  mode === 'existing' ? ['householdId'] : ['household'],
  ['applicantResidentId', 'agent', 'materials', 'truthPledgeSigned', 'verificationConsent'],
];

/** A UUID for the Idempotency-Key; crypto.randomUUID needs a secure context, so fall back to getRandomValues. */
export const newIdempotencyKey = (): string => {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' && window.isSecureContext) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

type Problem = { title: string; general: string[]; missing: string[] };

const CategoryStep = ({ streets }: { streets: { id: string; name: string }[] }) => (
  <Card variant="outlined">
    <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <SelectInput source="category" label="app.frontDesk.category" choices={choices('category')} fullWidth={false} sx={{ minWidth: 320 }} />
      <SelectInput source="streetCode" label="app.frontDesk.street" choices={streets} translateChoice={false} fullWidth={false} sx={{ minWidth: 280 }} />
    </CardContent>
  </Card>
);

const Steps = ({ checklist, streets, onAccepted }: {
  checklist: ChecklistItem[];
  streets: { id: string; name: string }[];
  onAccepted: (accepted: AcceptedCase, values: ApplicationValues) => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { trigger, handleSubmit, setError, getValues, setValue, formState } = useFormContext<ApplicationValues>();
  const mode = useWatch({ name: 'householdMode' });
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const key = useRef(newIdempotencyKey());

  const next = async () => {
    if (await trigger(STEP_FIELDS(mode)[step] as any)) setStep(step + 1);
  };

  const submit = handleSubmit(async values => {
    setBusy(true);
    setProblem(null);
    try {
      const accepted = await dataProvider.fileApplication(toRequestBody(values), key.current);
      onAccepted(accepted, values);
    } catch (e: any) {
      const mapped = mapServerErrors(e?.body, locale);
      mapped.fieldErrors.forEach(({ path, message }) => setError(path as any, { type: 'server', message }));
      setProblem({
        title: e?.message ?? translate('app.error.unexpected'),
        general: mapped.general,
        missing: mapped.missing.map(m => materialName(m, locale)),
      });
      const steps = mapped.fieldErrors.map(f => stepOf(f.path));
      if (steps.length) setStep(Math.min(...steps));
    } finally {
      setBusy(false);
    }
  }, async errors => {
    // Invalid somewhere (e.g. an earlier step changed): go to the first step with an error.
    const paths = Object.keys(errors);
    if (paths.length) setStep(Math.min(...paths.map(stepOf)));
  });

  return (
    <Box>
      <Stepper activeStep={step} sx={{ my: 3 }}>
        {STEPS.map(label => <Step key={label}><StepLabel>{translate(label)}</StepLabel></Step>)}
      </Stepper>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="submit-problem">
          <AlertTitle>{problem.title}</AlertTitle>
          {problem.missing.length > 0 && (
            <>
              {translate('app.frontDesk.materialsIncomplete')}
              <ul style={{ margin: '4px 0' }}>{problem.missing.map(m => <li key={m}>{m}</li>)}</ul>
            </>
          )}
          {problem.general.length > 0 && <ul style={{ margin: '4px 0' }}>{problem.general.map(m => <li key={m}>{m}</li>)}</ul>}
        </Alert>
      )}
      <Box sx={{ display: step === 0 ? 'block' : 'none' }}><CategoryStep streets={streets} /></Box>
      <Box sx={{ display: step === 1 ? 'block' : 'none' }}>
        <HouseholdStep onPicked={(_h, residentId) => {
          if (!getValues('applicantResidentId')) setValue('applicantResidentId', residentId);
        }} />
      </Box>
      <Box sx={{ display: step === 2 ? 'block' : 'none' }}><ApplicantStep checklist={checklist} /></Box>
      <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
        <Button disabled={step === 0 || busy} onClick={() => setStep(step - 1)}>{translate('app.frontDesk.back')}</Button>
        {step < 2 ? (
          <Button variant="contained" onClick={next}>{translate('app.frontDesk.next')}</Button>
        ) : (
          <Button variant="contained" onClick={submit} disabled={busy} data-testid="submit-application"
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}>
            {translate(busy ? 'app.frontDesk.submitting' : 'app.frontDesk.submit')}
          </Button>
        )}
      </Box>
      {formState.isSubmitted && !formState.isValid && Object.keys(formState.errors).length > 0 && !problem && (
        <Alert severity="warning" sx={{ mt: 2 }}>{translate('ra.message.invalid_form')}</Alert>
      )}
    </Box>
  );
};

const useChecklist = (category?: string) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data = [] } = useQuery({
    queryKey: ['checklist', category],
    queryFn: () => dataProvider.checklist(category!),
    enabled: !!category,
    staleTime: 5 * 60_000,
  });
  return data;
};

/** Keeps the checklist of the chosen category in step with the form. */
const ChecklistWatcher = ({ onCategory }: { onCategory: (c: string) => void }) => {
  const category = useWatch({ name: 'category' });
  useEffect(() => { onCategory(category); }, [category]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
};

/** The unified acceptance window (统一受理窗口): a guided intake form per category. */
export const FrontDeskCreate = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const locale = useLocale();
  const { identity, isPending } = useGetIdentity();
  const jurisdictions = useJurisdictions();
  const [category, setCategory] = useState('DIBAO');
  const checklist = useChecklist(category);
  const [formKey, setFormKey] = useState(0);
  const [accepted, setAccepted] = useState<{ accepted: AcceptedCase; applicant: string } | null>(null);

  const own = identity?.jurisdictionCode as string | undefined;
  const streets = useMemo(() => {
    const all = jurisdictions.ofLevel('STREET');
    const mine = own ? all.filter(s => s.code.startsWith(own) || own.startsWith(s.code)) : all;
    return (mine.length ? mine : all).map(s => ({ id: s.code, name: s.name }));
  }, [jurisdictions.all, own]); // eslint-disable-line react-hooks/exhaustive-deps
  const defaultStreet = jurisdictions.streetOf(own) ?? (streets.length === 1 ? streets[0].id : undefined);

  const validate = (values: any) => validateApplication(values, { checklist, locale });

  const onAccepted = async (created: AcceptedCase, values: ApplicationValues) => {
    let applicant = values.applicantResidentId ?? '';
    const member = values.household?.members?.find(m => m.residentId === values.applicantResidentId);
    if (values.householdMode === 'new' && member?.name) applicant = member.name;
    else {
      try {
        const { data } = await dataProvider.getOne('households', { id: created.householdId });
        const found = data.members?.find((m: any) => m.id === (created as any).applicantMemberId);
        if (found) applicant = found.name;
      } catch { /* keep the resident ID */ }
    }
    setAccepted({ accepted: created, applicant });
  };

  if (isPending || (jurisdictions.isPending && !jurisdictions.all.length)) {
    return <Box sx={{ p: 4 }}><CircularProgress /></Box>;
  }
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.frontDesk.title" />
      {accepted ? (
        <AcceptanceReceipt accepted={accepted.accepted} applicant={accepted.applicant} checklist={checklist}
          onAnother={() => { setAccepted(null); setFormKey(k => k + 1); }} />
      ) : (
        <Card>
          <CardContent>
            <Form key={`${formKey}-${defaultStreet}`} defaultValues={defaultValues(defaultStreet)} validate={validate}
              onSubmit={() => undefined} noValidate>
              <ChecklistWatcher onCategory={setCategory} />
              <Steps checklist={checklist} streets={streets} onAccepted={onAccepted} />
            </Form>
          </CardContent>
        </Card>
      )}
      <Box sx={{ display: 'none' }}>{translate('app.frontDesk.title')}</Box>
    </Box>
  );
};
