import { Menu, usePermissions } from 'react-admin';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import WorkIcon from '@mui/icons-material/Work';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import { canSeeAudit, canSeeCases, canSeeFrontDesk, canSeeUsers } from '../authProvider';

export const AppMenu = () => {
  const { permissions: roles } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="app.menu.dashboard" />
      {canSeeFrontDesk(roles) && (
        <Menu.Item to="/applications/create" primaryText="app.menu.frontDesk" leftIcon={<AssignmentIndIcon />} />
      )}
      {canSeeCases(roles) && (
        <Menu.Item to="/households" primaryText="app.menu.households" leftIcon={<FolderSharedIcon />} />
      )}
      {canSeeCases(roles) && <Menu.Item to="/cases" primaryText="app.menu.cases" leftIcon={<WorkIcon />} />}
      {canSeeAudit(roles) && <Menu.Item to="/audit" primaryText="app.menu.audit" leftIcon={<HistoryIcon />} />}
      {canSeeUsers(roles) && <Menu.Item to="/users" primaryText="app.menu.users" leftIcon={<PeopleIcon />} />}
    </Menu>
  );
};
