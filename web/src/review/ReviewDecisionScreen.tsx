import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, CircularProgress, FormControl, FormControlLabel,
  FormHelperText, FormLabel, Grid, Radio, RadioGroup, TextField, Typography,
} from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import type { Task } from '../dataProvider';
import { AssessmentExplanation } from '../decisions/AssessmentExplanation';
import { VerificationReportView } from '../decisions/VerificationReportView';
import { useReviewData } from '../tasks/screens/ReviewScreen';
import { formatMoney } from '../common/fields';
import { OUTCOMES, Proposal, reviewApi } from './api';
import { departsOrNeedsCounty, draftFrom, NEEDS_NOTICE, ReviewDraft, reviewPayload, validateReview } from './reviewForm';

type FieldError = { field?: string | null; code?: string | null };

const fieldErrorsOf = (outcome: any): FieldError[] | null => {
  if (outcome && outcome.ok === false && Array.isArray(outcome.fieldErrors)) return outcome.fieldErrors;
  const list = outcome?.body?.errors;
  return Array.isArray(list) ? list : null;
};

/** The automatic proposal: outcome, current and proposed amount, and every reason for it. */
export const ProposalCard = ({ proposal }: { proposal?: Proposal | null }) => {
  const translate = useTranslate();
  if (!proposal) return <Typography variant="body2">{translate('review.proposal.none')}</Typography>;
  return (
    <Box data-testid="review-proposal">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={NEEDS_NOTICE.includes(proposal.outcome) ? 'warning' : 'success'}
          label={translate(`review.outcome.${proposal.outcome}`)} data-testid="proposal-outcome" />
        <Typography variant="body2">
          {translate('review.proposal.amounts', {
            current: formatMoney(proposal.currentBenefit), proposed: formatMoney(proposal.proposedBenefit),
          })}
        </Typography>
        {proposal.materialChange && <Chip size="small" variant="outlined" label={translate('review.proposal.materialChange')} />}
      </Box>
      <Box component="ol" sx={{ my: 1, pl: 3 }}>
        {proposal.explanation.map((line, i) => <li key={i}><Typography variant="body2">{line}</Typography></li>)}
      </Box>
    </Box>
  );
};

/**
 * 核查决定 (formKey builtin:review-decision): the street's confirmation or the county's decision, with the proposal,
 * the assessment and the verification report of the review beside the form.
 */
export const ReviewDecisionScreen = ({ task, onSubmit }: {
  task: Task; onSubmit: (data: Record<string, unknown>) => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const review = useQuery({ queryKey: ['review', task.caseNumber], queryFn: () => reviewApi.review(task.caseNumber) });
  const { assessments, reports } = useReviewData(task.caseNumber);
  const [draft, setDraft] = useState<ReviewDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = draft ?? draftFrom(review.data?.proposal?.outcome);
  const update = (change: Partial<ReviewDraft>) => setDraft({ ...current, ...change });

  const submit = async () => {
    const problems = validateReview(current, review.data?.proposal?.outcome);
    setFailure(null);
    if (problems.length) {
      setErrors(Object.fromEntries(problems.map(([field, key]) => [field, translate(key)])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const outcome = await onSubmit(reviewPayload(current));
      const refused = fieldErrorsOf(outcome);
      if (refused) setErrors(Object.fromEntries(refused.map(e => [e.field ?? '', translate(`review.error.${e.code}`, { _: e.code ?? '' })])));
    } catch (e: any) {
      const refused = fieldErrorsOf(e);
      if (refused?.length) setErrors(Object.fromEntries(refused.map(r => [r.field ?? '', translate(`review.error.${r.code}`, { _: r.code ?? '' })])));
      else setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box data-testid="screen-review-decision">
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardHeader title={translate('review.proposal.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent>
          {review.isPending ? <CircularProgress size={24} /> : <ProposalCard proposal={review.data?.proposal} />}
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title={translate('app.decision.assessment')} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent>{assessments.data && <AssessmentExplanation assessment={assessments.data[0]} dense />}</CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title={translate('app.decision.verification')} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent>{reports.data && <VerificationReportView report={reports.data[0]} />}</CardContent>
          </Card>
        </Grid>
      </Grid>
      <Card variant="outlined" sx={{ mt: 2 }}>
        <CardHeader title={translate('review.decision.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent>
          <FormControl error={!!errors.reviewDecision} sx={{ mb: 2 }}>
            <FormLabel>{translate('review.decision.outcome')}</FormLabel>
            <RadioGroup row value={current.outcome} onChange={e => update({ outcome: e.target.value as ReviewDraft['outcome'] })}>
              {OUTCOMES.map(outcome => (
                <FormControlLabel key={outcome} value={outcome} control={<Radio inputProps={{ 'data-testid': `outcome-${outcome}` } as any} />}
                  label={translate(`review.outcome.${outcome}`)} />
              ))}
            </RadioGroup>
            {errors.reviewDecision && <FormHelperText>{errors.reviewDecision}</FormHelperText>}
          </FormControl>
          {departsOrNeedsCounty(current.outcome, review.data?.proposal?.outcome) && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="review-county-decides">
              {translate('review.decision.countyDecides')}
            </Alert>
          )}
          {(current.outcome === 'INCREASE' || current.outcome === 'DECREASE') && (
            <TextField fullWidth sx={{ mb: 2 }} label={translate('review.decision.monthlyBenefit')} value={current.monthlyBenefit}
              onChange={e => update({ monthlyBenefit: e.target.value })} error={!!errors.monthlyBenefit}
              helperText={errors.monthlyBenefit || translate('review.decision.monthlyBenefitHint')} />
          )}
          <TextField fullWidth multiline minRows={3} sx={{ mb: 2 }} label={translate('review.decision.reasons')}
            value={current.reasons} onChange={e => update({ reasons: e.target.value })} error={!!errors.reasons}
            helperText={errors.reasons || translate('review.decision.reasonsHint')} inputProps={{ 'data-testid': 'review-reasons' }} />
          <TextField fullWidth multiline minRows={2} sx={{ mb: 2 }} label={translate('review.decision.note')}
            value={current.note} onChange={e => update({ note: e.target.value })} />
          {failure && <Alert severity="error" sx={{ mb: 2 }}>{failure}</Alert>}
          <Button variant="contained" startIcon={<SendIcon />} disabled={busy} onClick={submit} data-testid="review-submit">
            {translate('review.decision.submit')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
