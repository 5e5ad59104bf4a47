import { Link as RouterLink } from 'react-router-dom';
import { usePermissions, useTranslate } from 'react-admin';
import { Alert, Button, SxProps } from '@mui/material';
import { canEditCalendar } from '../authProvider';
import { createYearPath } from './calendarForm';
import { useMissingNextYear } from './useMissingNextYear';

/**
 * For everyone (clerks and heads see the deadlines): next year's holiday schedule is not entered, so deadlines
 * reaching into it are provisional. Administrators get the link to enter it.
 */
export const CalendarMissingAlert = ({ sx }: { sx?: SxProps }) => {
  const translate = useTranslate();
  const { permissions: roles } = usePermissions<string[]>();
  const admin = canEditCalendar(roles);
  const year = useMissingNextYear(Array.isArray(roles) && roles.length > 0);
  if (!year) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, ...sx }} data-testid="calendar-missing"
      action={admin ? <Button component={RouterLink} to={createYearPath(year)} color="inherit" size="small"
        data-testid="enter-calendar">
        {translate('app.dashboard.enterCalendar')}
      </Button> : undefined}>
      {translate('app.dashboard.calendarMissing', { year })}
    </Alert>
  );
};
