import { Menu, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Box, Chip } from '@mui/material';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { AppDataProvider } from '../dataProvider';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import WorkIcon from '@mui/icons-material/Work';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import EventIcon from '@mui/icons-material/Event';
import CampaignIcon from '@mui/icons-material/Campaign';
import TuneIcon from '@mui/icons-material/Tune';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { TemporaryAidMenuItems } from '../temporary-aid';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { canSeeReviewCampaigns } from '../authProvider';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import Diversity3Icon from '@mui/icons-material/Diversity3';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DesignServicesIcon from '@mui/icons-material/DesignServices';
import { canManageProcesses } from '../authProvider';
import {
  canEditCalendar, canImportExtracts, canSeeAudit, canSeeCases, canSeeFrontDesk, canSeePolicy, canSeeTasks,
  canSeeUsers, canSeeReferrals, canSeePairing,
} from '../authProvider';

/** 待办任务 with the number of my tasks plus my groups' unclaimed ones (Content-Range total of a 1-row page). */
const TasksMenuItem = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: count } = useQuery({
    queryKey: ['tasks', 'count', 'inbox'],
    queryFn: () => dataProvider.taskCount({}),
    refetchInterval: 60_000,
  });
  return (
    <Menu.Item to="/tasks" leftIcon={<AssignmentTurnedInIcon />} primaryText={
      <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%' }}>
        {translate('app.menu.tasks')}
        {!!count && <Chip component="span" size="small" color="error" label={count} data-testid="task-count" sx={{ height: 20, ml: 'auto' }} />}
      </Box>
    } />
  );
};

export const AppMenu = () => {
  const { permissions: roles } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="app.menu.dashboard" />
      {canSeeFrontDesk(roles) && (
        <Menu.Item to="/applications/create" primaryText="app.menu.frontDesk" leftIcon={<AssignmentIndIcon />} />
      )}
      {canSeeTasks(roles) && <TasksMenuItem />}
      {canSeeCases(roles) && (
        <Menu.Item to="/households" primaryText="app.menu.households" leftIcon={<FolderSharedIcon />} />
      )}
      {canSeeCases(roles) && <Menu.Item to="/cases" primaryText="app.menu.cases" leftIcon={<WorkIcon />} />}
      <TemporaryAidMenuItems roles={roles} />
      {canSeeCases(roles) && <Menu.Item to="/public-notices" primaryText="app.menu.publicNotices" leftIcon={<CampaignIcon />} />}
      {canSeePolicy(roles) && <Menu.Item to="/policy" primaryText="app.menu.policy" leftIcon={<TuneIcon />} />}
      {canImportExtracts(roles) && (
        <Menu.Item to="/verification-imports" primaryText="app.menu.verificationImports" leftIcon={<CloudUploadIcon />} />
      )}
      {canSeeReviewCampaigns(roles) && (
        <Menu.Item to="/review-campaigns" primaryText="review.menu" leftIcon={<FactCheckIcon />} />
      )}
      {canSeeAudit(roles) && <Menu.Item to="/audit" primaryText="app.menu.audit" leftIcon={<HistoryIcon />} />}
      {canSeeUsers(roles) && <Menu.Item to="/users" primaryText="app.menu.users" leftIcon={<PeopleIcon />} />}
      {canEditCalendar(roles) && <Menu.Item to="/calendar" primaryText="app.menu.calendar" leftIcon={<EventIcon />} />}
      {canSeeReferrals(roles) && <Menu.Item to="/agreements/referrals" primaryText="agreements.menu.referrals" leftIcon={<ForwardToInboxIcon />} />}
      {canSeePairing(roles) && <Menu.Item to="/agreements/pairing" primaryText="agreements.menu.pairing" leftIcon={<Diversity3Icon />} />}
      {canManageProcesses(roles) && <Menu.Item to="/processes" primaryText="processAdmin.menu.catalogue" leftIcon={<AccountTreeIcon />} />}
      {canManageProcesses(roles) && <Menu.Item to="/processes/modeler" primaryText="processAdmin.menu.modeler" leftIcon={<DesignServicesIcon />} />}
    </Menu>
  );
};
