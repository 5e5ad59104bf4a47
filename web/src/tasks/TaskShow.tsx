import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { RecordContextProvider, ShowBase, Title, useGetIdentity, useGetOne, useShowContext, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, CircularProgress, Grid, Link, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { Task } from '../dataProvider';
import { JurisdictionField, useFormatDate } from '../common/fields';
import { CaseDiagram } from '../cases/CaseDiagram';
import { CaseTimeline } from '../cases/CaseTimeline';
import { ClaimButton } from './ClaimButton';
import { AidPaymentsButton } from '../temporary-aid/AidPaymentsButton';
import { UnclaimButton } from './UnclaimButton';
import { CompleteButton } from './CompleteButton';
import { DueField } from './DueField';
import { ProvisionalMark } from '../calendar/ProvisionalMark';
import { TaskForm } from './TaskForm';
import { useTaskForm } from './useTaskForm';
import { Info } from '../common/Info';
import { ReassignButton } from './ReassignButton';
import { DelegateButton } from './DelegateButton';
import { ReturnButton } from './ReturnButton';
import { FollowUpField } from './FollowUpField';
import { TaskComments } from './TaskComments';
import { TaskDocuments } from './TaskDocuments';
import { TaskScreenCard } from './TaskScreenCard';
import { isDelegated, isDelegatedTo } from './delegation';
import { lookupScreen } from './screens/registry';

/** The case the task belongs to: summary, household link, diagram with this task's step, timeline. */
const CaseContext = ({ task, stepNames, onStepNames }: {
  task: Task; stepNames: Record<string, string>; onStepNames: (names: Record<string, string>) => void;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { data: record, isPending, error } = useGetOne('cases', { id: task.caseNumber }, { retry: false });
  const f = (key: string) => `resources.cases.fields.${key}`;
  return (
    <>
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate('app.tasks.caseContext')} action={
          <>
            <AidPaymentsButton caseNumber={task.caseNumber} category={record?.category} />
            <Button component={RouterLink} to={`/cases/${encodeURIComponent(task.caseNumber)}/show`} size="small">
              {translate('app.tasks.openCase')}
            </Button>
          </>
        } />
        <CardContent>
          {isPending && <CircularProgress size={24} />}
          {error && <Alert severity="warning">{translate('app.error.notFound')}</Alert>}
          {record && (
            <Grid container spacing={2} data-testid="task-case-summary">
              <Grid size={{ xs: 12, md: 4 }}><Info label={f('caseNumber')}>{record.caseNumber}</Info></Grid>
              <Grid size={{ xs: 12, md: 4 }}><Info label={f('category')}>{translate(`app.enums.category.${record.category}`, { _: record.category })}</Info></Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <Info label={f('status')}>
                  <Chip size="small" color={record.status === 'OPEN' ? 'primary' : 'default'} label={translate(`app.enums.caseStatus.${record.status}`, { _: record.status })} />
                  {record.conflictOfInterest && <Chip size="small" sx={{ ml: 1 }} color="warning" label={translate(f('conflictOfInterest'))} />}
                </Info>
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}><Info label={f('streetCode')}><RecordContextProvider value={record}><JurisdictionField source="streetCode" /></RecordContextProvider></Info></Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <Info label={f('householdId')}>
                  <Link component={RouterLink} to={`/households/${record.householdId}/show`} data-testid="task-household">
                    {translate('app.case.household')} {record.householdId}
                  </Link>
                </Info>
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}><Info label={f('acceptedAt')}>{formatDate(record.acceptedAt)}</Info></Grid>
              <Grid size={{ xs: 12, md: 4 }}><Info label={f('agentName')}>{record.agentName ? `${record.agentName}（${record.agentRelation ?? ''}）` : '—'}</Info></Grid>
              <Grid size={{ xs: 12, md: 8 }}><Info label={f('activeSteps')}>{(record.activeSteps ?? []).map((id: string) => stepNames[id] ?? id).join('、') || '—'}</Info></Grid>
            </Grid>
          )}
        </CardContent>
      </Card>
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate('app.case.diagram')} />
        <CardContent><CaseDiagram caseNumber={task.caseNumber} highlightStep={task.step} onStepNames={onStepNames} /></CardContent>
      </Card>
      {record && (
        <Card>
          <CardHeader title={translate('app.case.timeline')} />
          <CardContent><CaseTimeline timeline={record.timeline} /></CardContent>
        </Card>
      )}
    </>
  );
};

const TaskDetail = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const { identity } = useGetIdentity();
  const { record, error, isPending } = useShowContext<Task>();
  const [stepNames, setStepNames] = useState<Record<string, string>>({});
  const me = identity?.id as string | undefined;
  const mine = !!record?.assignee && record.assignee === me;
  const delegatedToMe = isDelegatedTo(record, me);
  const screen = lookupScreen(record?.formKey);
  const { data: schema, isPending: formPending } = useTaskForm(record?.id, mine && screen.kind === 'none');
  if (isPending) return <Box sx={{ p: 4 }}><CircularProgress /></Box>;
  if (error || !record) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title="ra.page.not_found" />
        <CardContent>
          <Alert severity="info" data-testid="not-found">{translate('app.tasks.gone')}</Alert>
          <Button component={RouterLink} to="/tasks" startIcon={<ArrowBackIcon />} sx={{ mt: 2 }}>{translate('app.menu.tasks')}</Button>
        </CardContent>
      </Card>
    );
  }
  const f = (key: string) => `resources.tasks.fields.${key}`;
  const person = (username: string) => (username === me ? `${username}（${translate('app.tasks.me')}）` : username);
  const assignee = record.assignee ? person(record.assignee) : translate('app.tasks.unassigned');
  const canComplete = mine && !delegatedToMe && screen.kind === 'none' && !formPending && !schema;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.tasks.title', { name: record.name })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <Button component={RouterLink} to="/tasks" size="small" startIcon={<ArrowBackIcon />}>{translate('app.menu.tasks')}</Button>
            <Typography variant="h6" data-testid="task-title">{record.name}</Typography>
            <DueField task={record} />
            <Box sx={{ flex: 1 }} />
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <ClaimButton />
              {!delegatedToMe && <UnclaimButton />}
              <DelegateButton />
              <ReturnButton />
              <ReassignButton />
              {canComplete && <CompleteButton onDone={ok => ok && navigate('/tasks')} />}
            </Box>
          </Box>
          {isDelegated(record) && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="delegation">
              {translate(delegatedToMe ? 'app.tasks.delegatedToMe' : 'app.tasks.delegatedToOther',
                { owner: person(record.owner as string), assignee: person(record.assignee as string) })}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label={f('caseNumber')}>
                <Link component={RouterLink} to={`/cases/${encodeURIComponent(record.caseNumber)}/show`}>{record.caseNumber}</Link>
              </Info>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('assignee')}><span data-testid="task-assignee">{assignee}</span></Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('created')}>{formatDate(record.created)}</Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}><Info label={f('due')}>{formatDate(record.due) || '—'}<ProvisionalMark provisional={record.dueProvisional} due={record.due} years={record.provisionalYears} /></Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label={f('followUp')}><FollowUpField task={record} editable={mine || !record.assignee} /></Info>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label={f('step')}><Typography variant="body2" sx={{ fontFamily: 'monospace' }}>{record.processKey} / {record.step}</Typography></Info>
            </Grid>
          </Grid>
        </CardContent>
      </Card>
      {screen.kind !== 'none' && <TaskScreenCard task={record} lookup={screen} workable={mine && !delegatedToMe} />}
      {screen.kind === 'none' && mine && !delegatedToMe && schema && <TaskForm task={record} schema={schema} />}
      <TaskComments task={record} />
      <TaskDocuments task={record} canUpload={mine} stepNames={stepNames} />
      <CaseContext task={record} stepNames={stepNames} onStepNames={setStepNames} />
    </Box>
  );
};

export const TaskShow = () => (
  <ShowBase queryOptions={{ retry: false, onError: () => undefined }}>
    <TaskDetail />
  </ShowBase>
);
