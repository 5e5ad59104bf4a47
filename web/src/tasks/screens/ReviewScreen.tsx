import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormatDate as useFormatDateTime } from '../../common/fields';
import { Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, Grid, Typography } from '@mui/material';
import type { AppDataProvider, Task } from '../../dataProvider';
import { AssessmentExplanation } from '../../decisions/AssessmentExplanation';
import { VerificationReportView } from '../../decisions/VerificationReportView';
import { DecisionFormView } from '../../decisions/DecisionFormView';
import type { VerdictField } from '../../decisions/decisionForm';

/** The newest assessment and verification report of the task's case, and its decisions. */
export const useReviewData = (caseNumber: string) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const assessments = useQuery({ queryKey: ['assessments', caseNumber], queryFn: () => dataProvider.assessments(caseNumber) });
  const reports = useQuery({ queryKey: ['verification-reports', caseNumber], queryFn: () => dataProvider.verificationReports(caseNumber) });
  const decisions = useQuery({ queryKey: ['decisions', caseNumber], queryFn: () => dataProvider.decisions(caseNumber) });
  return { assessments, reports, decisions };
};

const Loading = ({ query }: { query: { isPending: boolean; error: unknown } }) => {
  const translate = useTranslate();
  if (query.isPending) return <CircularProgress size={24} />;
  if (query.error) return <Alert severity="warning">{(query.error as any)?.message ?? translate('app.error.unexpected')}</Alert>;
  return null;
};

/**
 * The review screens: assessment explained on the left, verification report on the right, the street's first
 * opinion (on the decision screen), and the opinion or decision form below.
 */
export const ReviewScreen = ({ task, onSubmit, field }: {
  task: Task; onSubmit: (data: Record<string, unknown>) => Promise<unknown>; field: VerdictField;
}) => {
  const translate = useTranslate();
  const { assessments, reports, decisions } = useReviewData(task.caseNumber);
  const assessment = assessments.data?.[0];
  const report = (assessment?.verificationReportId && reports.data?.find(r => r.id === assessment.verificationReportId)) || reports.data?.[0];
  const firstOpinion = decisions.data?.filter(d => d.kind === 'FIRST_OPINION').at(-1);
  return (
    <Box data-testid={`screen-${field}`}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title={translate('app.decision.assessment')} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent>
              <Loading query={assessments} />
              {assessments.data && <AssessmentExplanation assessment={assessment} />}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title={translate('app.decision.verification')} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent>
              <Loading query={reports} />
              {reports.data && <VerificationReportView report={report} />}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {field === 'decision' && (
        <Card variant="outlined" sx={{ mt: 2 }} data-testid="first-opinion">
          <CardHeader title={translate('app.decision.firstOpinion')} titleTypographyProps={{ variant: 'subtitle1' }} />
          <CardContent>
            <Loading query={decisions} />
            {decisions.data && (firstOpinion ? <OpinionSummary opinion={firstOpinion} /> : <Typography variant="body2">{translate('app.decision.noFirstOpinion')}</Typography>)}
          </CardContent>
        </Card>
      )}
      <Card variant="outlined" sx={{ mt: 2 }}>
        <CardHeader title={translate('app.decision.form')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent><DecisionFormView field={field} onSubmit={onSubmit} /></CardContent>
      </Card>
    </Box>
  );
};

/** One opinion or decision: verdict chip, who and when, reasons as a numbered list, note. */
export const OpinionSummary = ({ opinion }: { opinion: { decision: string; reasons: string[]; note: string | null; decidedBy: string; decidedAt: string } }) => {
  const translate = useTranslate();
  const formatDate = useFormatDateTime();
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <Chip size="small" color={opinion.decision === 'APPROVE' ? 'success' : 'error'}
          label={translate(opinion.decision === 'APPROVE' ? 'app.decision.approve' : 'app.decision.refuse')} />
        <Typography variant="caption" color="text.secondary">
          {translate('app.progress.decidedBy', { who: opinion.decidedBy, when: formatDate(opinion.decidedAt) })}
        </Typography>
      </Box>
      {opinion.reasons?.length > 0 && (
        <Box component="ol" sx={{ my: 1, pl: 3 }}>{opinion.reasons.map((r, i) => <li key={i}><Typography variant="body2">{r}</Typography></li>)}</Box>
      )}
      {opinion.note && <Typography variant="body2" color="text.secondary">{opinion.note}</Typography>}
    </Box>
  );
};
