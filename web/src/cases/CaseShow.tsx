import { useState } from 'react';
import { ProvisionalMark } from '../calendar/ProvisionalMark';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router-dom';
import { ShowBase, Title, useDataProvider, usePermissions, useShowContext, useTranslate, useLocale } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { materialName } from '../applications/applicationForm';
import {
  Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, Grid, Link, Typography,
} from '@mui/material';
import { JurisdictionField, useFormatDate } from '../common/fields';
import { CaseDiagram } from './CaseDiagram';
import { CaseTimeline } from './CaseTimeline';
import { Info } from '../common/Info';
import { hasAnyRole } from '../authProvider';
import { ReviewProgress } from './ReviewProgress';
import { TerminateButton, TERMINATE_ROLES } from './TerminateButton';
import { AidPaymentsButton } from '../temporary-aid/AidPaymentsButton';

const CaseDetail = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const locale = useLocale();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { record, error, isPending } = useShowContext();
  const [stepNames, setStepNames] = useState<Record<string, string>>({});
  const { permissions: roles } = usePermissions<string[]>();
  const { data: checklist = [] } = useQuery({
    queryKey: ['checklist', record?.category],
    queryFn: () => dataProvider.checklist(record!.category),
    enabled: !!record?.category,
    staleTime: 5 * 60_000,
  });
  const material = (code: string) => {
    const item = checklist.find(i => i.code === code);
    return item ? materialName(item, locale) : code;
  };
  if (isPending) return <Box sx={{ p: 4 }}><CircularProgress /></Box>;
  if (error || !record) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title="ra.page.not_found" />
        <CardContent><Alert severity="warning" data-testid="not-found">{translate('ra.page.not_found')} — {translate('app.error.notFound')}</Alert></CardContent>
      </Card>
    );
  }
  const f = (key: string) => `resources.cases.fields.${key}`;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.case.title', { id: record.caseNumber })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <Typography variant="h6" data-testid="case-title">{translate('app.case.title', { id: record.caseNumber })}</Typography>
            <Chip color={record.status === 'OPEN' ? 'primary' : 'default'} label={translate(`app.enums.caseStatus.${record.status}`, { _: record.status })} />
            {record.conflictOfInterest && <Chip color="warning" label={translate(f('conflictOfInterest'))} />}
            {record.status === 'CLOSED' && record.outcome && (
              <Chip data-testid="case-outcome" variant="outlined"
                color={record.outcome === 'EndEvent_Approved' ? 'success' : record.outcome === 'EndEvent_Refused' ? 'error' : 'warning'}
                label={`${translate('app.progress.outcome')}：${record.outcomeName ?? record.outcome}`} />
            )}
            <Box sx={{ flex: 1 }} />
            <AidPaymentsButton caseNumber={record.caseNumber} category={record.category} />
            {record.status === 'OPEN' && hasAnyRole(roles, TERMINATE_ROLES) && <TerminateButton caseNumber={record.caseNumber} />}
          </Box>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('category')}>{translate(`app.enums.category.${record.category}`, { _: record.category })}</Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('streetCode')}><JurisdictionField source="streetCode" /></Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label={f('householdId')}>
                <Link component={RouterLink} to={`/households/${record.householdId}/show`}>{translate('app.case.household')} {record.householdId}</Link>
              </Info>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('acceptedAt')}>{formatDate(record.acceptedAt)}</Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('closedAt')}>{formatDate(record.closedAt) || '—'}</Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label={f('dueOn')}>
                {record.timeLimitWorkingDays
                  ? `${record.dueOn ?? translate('app.case.dueUnknown')}（${translate('app.case.workingDays', { count: record.timeLimitWorkingDays })}${record.extensionReason ? translate('app.case.extended', { reason: record.extensionReason }) : ''}）`
                  : '—'}
                {record.timeLimitWorkingDays && <ProvisionalMark provisional={record.dueProvisional} due={record.dueOn} />}
              </Info>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('agentName')}>{record.agentName ? `${record.agentName}（${record.agentRelation ?? ''}）` : '—'}</Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('activeSteps')}>{(record.activeSteps ?? []).map((id: string) => stepNames[id] ?? id).join('、') || '—'}</Info></Grid>
            <Grid size={{ xs: 12, md: 8 }}><Info label={f('processDefinitionId')}><Typography variant="body2" sx={{ fontFamily: 'monospace' }}>{record.processDefinitionId ?? '—'}</Typography></Info></Grid>
            <Grid size={{ xs: 12 }}><Info label={f('materials')}>{(record.materials ?? []).map((m: string) => <Chip key={m} size="small" sx={{ mr: 0.5, mb: 0.5 }} label={material(m)} title={m} />)}</Info></Grid>
          </Grid>
        </CardContent>
      </Card>
      <ReviewProgress record={record as any} />
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate('app.case.diagram')} />
        <CardContent><CaseDiagram caseNumber={record.caseNumber} onStepNames={setStepNames} /></CardContent>
      </Card>
      <Card>
        <CardHeader title={translate('app.case.timeline')} />
        <CardContent>
          <CaseTimeline timeline={record.timeline} />
        </CardContent>
      </Card>
    </Box>
  );
};

export const CaseShow = () => (
  <ShowBase queryOptions={{ retry: false, onError: () => undefined }}>
    <CaseDetail />
  </ShowBase>
);
