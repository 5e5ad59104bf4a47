import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, CircularProgress, Divider, Stack } from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { getJson } from './api';
import { PlanEditor } from './PlanEditor';
import { AgreementPreview } from './AgreementPreview';

/** The household of a case (the task knows only the case number). */
export const useCaseHousehold = (caseNumber: string) =>
  useQuery({ queryKey: ['agreements', 'case', caseNumber], queryFn: () => getJson<{ householdId: number }>(`/api/cases/${caseNumber}`) });

/** 制定帮扶计划 (formKey builtin:draft-plan): the plan editor; the step is done once a plan is saved. */
export const DraftPlanScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const translate = useTranslate();
  const household = useCaseHousehold(task.caseNumber);
  const [planId, setPlanId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (household.isPending) return <CircularProgress size={24} />;
  if (!household.data) return <Alert severity="error">{translate('agreements.loadFailed')}</Alert>;
  const submit = async () => {
    setError(null);
    const result = await onSubmit({});
    if (!result.ok) setError(translate('agreements.plan.saveFirst'));
  };
  return (
    <Stack spacing={2} data-testid="screen-draft-plan">
      <PlanEditor caseNumber={task.caseNumber} householdId={household.data.householdId} onSaved={plan => setPlanId(plan.id)} />
      {planId && <><Divider /><AgreementPreview planId={planId} householdId={household.data.householdId} /></>}
      <Divider />
      {error && <Alert severity="error">{error}</Alert>}
      <Box><Button variant="contained" color="secondary" onClick={submit} data-testid="plan-submit">{translate('agreements.plan.submit')}</Button></Box>
    </Stack>
  );
};
