import { Link as RouterLink } from 'react-router-dom';
import { usePermissions, useTranslate } from 'react-admin';
import { Alert, Button, SxProps } from '@mui/material';
import { canEditCalendar } from '../authProvider';
import { createYearPath } from './calendarForm';
import { useMissingNextYear } from './useMissingNextYear';

/** For administrators: next year's holiday schedule is missing, so deadlines reaching into it cannot be computed. */
export const CalendarMissingAlert = ({ sx }: { sx?: SxProps }) => {
  const translate = useTranslate();
  const { permissions: roles } = usePermissions<string[]>();
  const admin = canEditCalendar(roles);
  const year = useMissingNextYear(admin);
  if (!admin || !year) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, ...sx }} data-testid="calendar-missing"
      action={<Button component={RouterLink} to={createYearPath(year)} color="inherit" size="small">
        {translate('app.dashboard.enterCalendar')}
      </Button>}>
      {translate('app.dashboard.calendarMissing', { year })}
    </Alert>
  );
};
