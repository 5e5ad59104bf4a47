import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import {
  Alert, Box, Button, CircularProgress, Divider, FormControlLabel, Radio, RadioGroup, Stack, Table, TableBody, TableCell,
  TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import type { TaskScreenProps } from '../tasks/screens/registry';
import { Catalogue, getJson, planOfHousehold, Plan, PlanMeasure } from './api';
import { AgreementPreview } from './AgreementPreview';
import { useCaseHousehold } from './DraftPlanScreen';

/** A plan's measures by help kind, in the catalogue's order of kinds, with the catalogue's name of each kind. */
export const measuresByKind = (plan: Plan, catalogue: Catalogue | undefined) => {
  const order = catalogue?.helps.map(h => h.kind) ?? [];
  const kinds = [...new Set(plan.measures.map(m => m.kind))]
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return kinds.map(kind => ({
    kind, name: catalogue?.helps.find(h => h.kind === kind)?.name ?? kind,
    measures: plan.measures.filter(m => m.kind === kind) as PlanMeasure[],
  }));
};

/**
 * 审核帮扶计划 (formKey builtin:review-plan): the plan read-only with its agreement preview; the reviewer approves it
 * or returns it for revision with a note saying what to change.
 */
export const ReviewPlanScreen = ({ task, onSubmit }: TaskScreenProps) => {
  const translate = useTranslate();
  const household = useCaseHousehold(task.caseNumber);
  const householdId = household.data?.householdId;
  const plan = useQuery({ queryKey: ['agreements', 'plan', householdId], queryFn: () => planOfHousehold(householdId!), enabled: !!householdId });
  const catalogue = useQuery({ queryKey: ['agreements', 'catalogue'], queryFn: () => getJson<Catalogue>('/api/agreements/measure-catalogue') });
  const [decision, setDecision] = useState('YES');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  if (household.isPending || plan.isPending) return <CircularProgress size={24} />;
  if (!household.data || plan.isError) return <Alert severity="error">{translate('agreements.loadFailed')}</Alert>;

  const submit = async () => {
    if (decision === 'NO' && !comment.trim()) {
      setErrors({ reviewComment: translate('agreements.review.commentRequired') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const data: Record<string, unknown> = { planApproved: decision };
      if (comment.trim()) data.reviewComment = comment.trim();
      const result = await onSubmit(data);
      if (!result.ok) setErrors(Object.fromEntries(result.fieldErrors.map(e => [e.field ?? '', e.message || e.code || ''])));
    } finally {
      setBusy(false);
    }
  };

  const current = plan.data;
  return (
    <Stack spacing={2} data-testid="screen-review-plan">
      {!current && <Alert severity="warning">{translate('agreements.plan.none')}</Alert>}
      {current && (
        <Box data-testid="review-plan-content">
          <Typography variant="subtitle1">{translate('agreements.plan.summary', { version: current.version, reviewOn: current.reviewOn })}</Typography>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('agreements.plan.goals')}</Typography>
          <ol style={{ margin: 0 }}>{current.goals.map((g, i) => <li key={i}>{g}</li>)}</ol>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('agreements.plan.measure')}</Typography>
          <Table size="small">
            <TableHead><TableRow>
              {['measure', 'member', 'department', 'dueOn'].map(c => <TableCell key={c} sx={{ fontWeight: 600 }}>{translate(`agreements.review.${c}`)}</TableCell>)}
            </TableRow></TableHead>
            <TableBody>
              {measuresByKind(current, catalogue.data).flatMap(group => [
                <TableRow key={`kind-${group.kind}`}><TableCell colSpan={4} sx={{ fontWeight: 600, bgcolor: 'action.hover' }}>{group.name}</TableCell></TableRow>,
                ...group.measures.map(m => (
                  <TableRow key={m.id} data-testid="review-measure">
                    <TableCell>{m.measureName}</TableCell>
                    <TableCell>{m.memberName ?? translate('agreements.plan.wholeHousehold')}</TableCell>
                    <TableCell>{m.departmentName}</TableCell>
                    <TableCell>{m.dueOn}</TableCell>
                  </TableRow>
                )),
              ])}
            </TableBody>
          </Table>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('agreements.plan.obligations')}</Typography>
          <ol style={{ margin: 0 }}>{current.obligations.map((o, i) => <li key={i}>{o}</li>)}</ol>
          <Typography variant="body2" sx={{ mt: 1 }}>{translate('agreements.plan.reviewOn')}：{current.reviewOn}</Typography>
          <Typography variant="body2">
            {translate('agreements.pairing.cadre')}：{current.cadre?.cadre ?? translate('agreements.pairing.unpaired')}
          </Typography>
          <Box sx={{ mt: 1 }}><AgreementPreview planId={current.id} householdId={household.data.householdId} /></Box>
        </Box>
      )}
      <Divider />
      <RadioGroup row value={decision} onChange={e => setDecision(e.target.value)}>
        <FormControlLabel value="YES" control={<Radio />} label={translate('agreements.review.approve')} />
        <FormControlLabel value="NO" control={<Radio />} label={translate('agreements.review.return')} />
      </RadioGroup>
      <TextField label={translate(decision === 'NO' ? 'agreements.review.returnNote' : 'agreements.review.note')} multiline minRows={2}
        value={comment} required={decision === 'NO'} error={!!errors.reviewComment} helperText={errors.reviewComment}
        onChange={e => setComment(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'review-comment', maxLength: 2000 } }} />
      {errors.planApproved && <Alert severity="error">{errors.planApproved}</Alert>}
      <Box><Button variant="contained" onClick={submit} disabled={busy} data-testid="review-submit">{translate('agreements.review.submit')}</Button></Box>
    </Stack>
  );
};
