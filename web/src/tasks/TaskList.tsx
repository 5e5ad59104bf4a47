import { useEffect, useState } from 'react';
import {
  BooleanInput, Datagrid, FunctionField, List, RecordContextProvider, TextInput, useCreatePath, useDataProvider,
  useGetIdentity, useListContext, usePermissions, useTranslate,
} from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Box, Chip, Divider, Tab, Tabs, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { canSeeAllTasks } from '../authProvider';
import type { AppDataProvider, Task } from '../dataProvider';
import { LocalDateField } from '../common/fields';
import { ClaimButton } from './ClaimButton';
import { UnclaimButton } from './UnclaimButton';
import { CompleteButton, CompleteDialog } from './CompleteButton';
import { DueField } from './DueField';
import { taskKeyAction } from './keyboard';
import { useTaskAction } from './useTaskAction';
import { useStartCompletion } from './useTaskForm';
import { SavedFilters } from './SavedFilters';
import type { Inbox } from './savedFilters';

const filters = [
  <TextInput key="caseNumber" source="caseNumber" alwaysOn sx={{ minWidth: 240 }} />,
  <TextInput key="step" source="step" />,
  <TextInput key="processKey" source="processKey" />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <BooleanInput key="dueSoon" source="dueSoon" alwaysOn />,
];

/** The number of tasks of one inbox tab, from the Content-Range total of a one-row page. */
const useInboxCount = (inbox: Inbox) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['tasks', 'count', inbox],
    queryFn: () => dataProvider.taskCount({ inbox }),
    refetchInterval: 60_000,
  }).data;
};

const InboxTab = ({ inbox, ...props }: { inbox: Inbox; value: Inbox }) => {
  const translate = useTranslate();
  const count = useInboxCount(inbox);
  return (
    <Tab {...props} data-testid={`inbox-${inbox}`} label={
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {translate(`app.tasks.inbox.${inbox}`)}
        {inbox !== 'ALL' && count != null && <Chip size="small" label={count} color={count ? 'primary' : 'default'} sx={{ height: 20 }} />}
      </Box>
    } />
  );
};

const SortToggle = () => {
  const translate = useTranslate();
  const { sort, setSort } = useListContext();
  const value = sort.field === 'created' ? 'created' : 'due';
  return (
    <ToggleButtonGroup size="small" exclusive value={value}
      onChange={(_, next) => next && setSort(next === 'created' ? { field: 'created', order: 'DESC' } : { field: 'due', order: 'ASC' })}>
      <ToggleButton value="due" data-testid="sort-due">{translate('app.tasks.sortDue')}</ToggleButton>
      <ToggleButton value="created" data-testid="sort-created">{translate('app.tasks.sortCreated')}</ToggleButton>
    </ToggleButtonGroup>
  );
};

const AssigneeField = (_props: { source: string; sortable?: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <FunctionField source="assignee" sortable={false} render={(task: Task) => {
      if (!task.assignee) return <Chip size="small" variant="outlined" label={translate('app.tasks.unassigned')} />;
      return task.assignee === identity?.id
        ? <span>{task.assignee}（{translate('app.tasks.me')}）</span>
        : <span>{task.assignee}</span>;
    }} />
  );
};

/** A modal (dialog, menu, select popup) is open: the list leaves the keyboard to it. */
const modalOpen = () => !!document.querySelector('.MuiModal-root:not(.MuiModal-hidden)');

/** The rows of one inbox tab. In 全部任务 nothing is offered for claiming: those are other groups' tasks. */
const TaskGrid = ({ inbox }: { inbox: Inbox }) => {
  const { data = [] } = useListContext<Task>();
  const [highlighted, setHighlighted] = useState(-1);
  const [completing, setCompleting] = useState<Task>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { run } = useTaskAction();
  const start = useStartCompletion();
  const { identity } = useGetIdentity();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || completing || modalOpen()) return;
      const action = taskKeyAction({
        key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey,
        target: event.target as HTMLElement | null,
      }, highlighted, data.length);
      if (!action) return;
      event.preventDefault();
      const task = data[action.index];
      setHighlighted(action.index);
      if (action.type === 'move') {
        // So that Enter afterwards opens the row instead of pressing a focused tab or button.
        (document.activeElement as HTMLElement | null)?.blur?.();
        document.querySelector(`[data-task-row="${action.index}"]`)?.scrollIntoView({ block: 'nearest' });
      } else if (action.type === 'open') {
        navigate(createPath({ resource: 'tasks', id: task.id, type: 'show' }));
      } else if (action.type === 'claim') {
        if (!task.assignee && inbox !== 'ALL') run('claim', task);
      } else if (action.type === 'complete') {
        if (task.assignee && task.assignee === identity?.id) start(task, () => setCompleting(task));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [data, highlighted, completing, identity?.id, inbox]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyInbox />}
        rowSx={(_record, index) => (index === highlighted
          ? { backgroundColor: 'action.selected', boxShadow: 'inset 3px 0 0 #1565c0' } : {})}
        sx={{ '& .column-created, & .column-due': { whiteSpace: 'nowrap' } }}>
        <FunctionField source="name" sortable={false} render={(task: Task) => (
          <Box component="span" sx={{ fontWeight: 500 }} data-task-row={data.indexOf(task)} data-testid="task-name">{task.name}</Box>
        )} />
        <FunctionField source="caseNumber" sortable={false} render={(task: Task) => (
          <Link to={`/cases/${encodeURIComponent(task.caseNumber)}/show`} onClick={e => e.stopPropagation()}
            data-testid="task-case">{task.caseNumber}</Link>
        )} />
        <LocalDateField source="created" showTime />
        <DueField source="due" />
        <AssigneeField source="assignee" sortable={false} />
        <FunctionField label="" sortable={false} render={() => (
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', whiteSpace: 'nowrap' }}>
            {inbox !== 'ALL' && <ClaimButton />}
            <UnclaimButton />
            <CompleteButton />
          </Box>
        )} />
      </Datagrid>
      <RecordContextProvider value={completing}>
        <CompleteDialog task={completing} open={!!completing} onClose={() => setCompleting(undefined)} />
      </RecordContextProvider>
    </>
  );
};

const EmptyInbox = () => {
  const translate = useTranslate();
  return <Typography sx={{ p: 3 }} color="text.secondary" data-testid="inbox-empty">{translate('app.tasks.empty')}</Typography>;
};

const InboxTabs = () => {
  const translate = useTranslate();
  const { permissions: roles } = usePermissions<string[]>();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const inboxes: Inbox[] = canSeeAllTasks(roles) ? ['MINE', 'GROUP', 'ALL'] : ['MINE', 'GROUP'];
  const current: Inbox = inboxes.includes(filterValues.inbox) ? filterValues.inbox : 'MINE';
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, px: 1 }}>
        <Tabs value={current} onChange={(_, inbox: Inbox) => setFilters({ ...filterValues, inbox }, displayedFilters)}
          sx={{ flex: 1, minWidth: 320 }}>
          {inboxes.map(inbox => <InboxTab key={inbox} value={inbox} inbox={inbox} />)}
        </Tabs>
        <SavedFilters inboxes={inboxes} />
        <SortToggle />
      </Box>
      <Divider />
      <TaskGrid key={current} inbox={current} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, color: 'text.secondary' }}>
        <KeyboardIcon fontSize="small" />
        <Typography variant="caption" data-testid="shortcut-hints">{translate('app.tasks.shortcuts')}</Typography>
      </Box>
    </>
  );
};

export const TaskList = () => (
  <List filters={filters} filterDefaultValues={{ inbox: 'MINE' }} sort={{ field: 'due', order: 'ASC' }}
    perPage={25} exporter={false} title="app.menu.tasks">
    <InboxTabs />
  </List>
);
