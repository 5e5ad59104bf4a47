import { Link as RouterLink } from 'react-router-dom';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Box, Card, CardActionArea, CardContent, Chip, Grid, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import WorkIcon from '@mui/icons-material/Work';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import EventIcon from '@mui/icons-material/Event';
import { ReactNode } from 'react';
import { canEditCalendar, canSeeAudit, canSeeCases, canSeeFrontDesk, canSeeTasks, canSeeUsers } from '../authProvider';
import { CalendarMissingAlert } from '../calendar/CalendarMissingAlert';
import { FieldRecheckShareNote } from '../decisions/FieldRecheckShare';
import { enumKey } from '../common/enums';
import { useJurisdictions } from '../common/useJurisdictions';

type QuickLink = { to: string; title: string; hint: string; icon: ReactNode; show: boolean };

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: roles = [] } = usePermissions<string[]>();
  const { name } = useJurisdictions();
  const jurisdiction = identity?.jurisdictionName || name(identity?.jurisdictionCode);
  const links: QuickLink[] = [
    { to: '/applications/create', title: 'app.dashboard.frontDesk', hint: 'app.dashboard.frontDeskHint', icon: <AssignmentIndIcon fontSize="large" />, show: canSeeFrontDesk(roles) },
    { to: '/tasks', title: 'app.dashboard.tasks', hint: 'app.dashboard.tasksHint', icon: <AssignmentTurnedInIcon fontSize="large" />, show: canSeeTasks(roles) },
    { to: '/households', title: 'app.dashboard.households', hint: 'app.dashboard.householdsHint', icon: <FolderSharedIcon fontSize="large" />, show: canSeeCases(roles) },
    { to: '/cases', title: 'app.dashboard.cases', hint: 'app.dashboard.casesHint', icon: <WorkIcon fontSize="large" />, show: canSeeCases(roles) },
    { to: '/audit', title: 'app.dashboard.audit', hint: 'app.dashboard.auditHint', icon: <HistoryIcon fontSize="large" />, show: canSeeAudit(roles) },
    { to: '/users', title: 'app.dashboard.users', hint: 'app.dashboard.usersHint', icon: <PeopleIcon fontSize="large" />, show: canSeeUsers(roles) },
    { to: '/calendar', title: 'app.dashboard.calendar', hint: 'app.dashboard.calendarHint', icon: <EventIcon fontSize="large" />, show: canEditCalendar(roles) },
  ].filter(link => link.show);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.menu.dashboard" />
      <CalendarMissingAlert />
      <Card sx={{ mb: 3 }}>
        <CardContent>
          <Typography variant="h5" sx={{ fontWeight: 600 }} data-testid="greeting">
            {translate('app.dashboard.greeting', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('app.dashboard.jurisdiction', { name: jurisdiction ?? '' })}
          </Typography>
          <Box sx={{ mt: 1.5, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary">{translate('app.dashboard.roles')}:</Typography>
            {roles.map(role => (
              <Chip key={role} size="small" color="primary" variant="outlined" label={translate(enumKey('role', role), { _: role })} />
            ))}
          </Box>
        </CardContent>
      </Card>
      <FieldRecheckShareNote />
      <Typography variant="h6" sx={{ mb: 1.5 }}>{translate('app.dashboard.quickLinks')}</Typography>
      {links.length === 0 && <Typography color="text.secondary">{translate('app.dashboard.none')}</Typography>}
      <Grid container spacing={2}>
        {links.map(link => (
          <Grid key={link.to} size={{ xs: 12, sm: 6, md: 4 }}>
            <Card sx={{ height: '100%' }}>
              <CardActionArea component={RouterLink} to={link.to} sx={{ height: '100%', p: 1 }}>
                <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                  <Box sx={{ color: 'primary.main' }}>{link.icon}</Box>
                  <Box>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate(link.title)}</Typography>
                    <Typography variant="body2" color="text.secondary">{translate(link.hint)}</Typography>
                  </Box>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </Box>
  );
};
