import { Link as RouterLink, useParams } from 'react-router-dom';
import { ShowBase, Title, useLocale, usePermissions, useShowContext, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { canEditCalendar } from '../authProvider';
import type { CalendarYear } from '../dataProvider';
import { Info } from '../common/Info';
import { createYearPath, summarise } from './calendarForm';
import { DayKindChip } from './DayKindChip';

const weekday = (day: string, locale: string) =>
  new Date(`${day}T00:00:00`).toLocaleDateString(locale, { weekday: 'short' });

const YearView = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { permissions: roles } = usePermissions<string[]>();
  const { record, isPending, error } = useShowContext<CalendarYear & { id: number }>();
  const { id } = useParams<{ id: string }>();
  const admin = canEditCalendar(roles);
  if (isPending) return <Box sx={{ p: 4 }}><CircularProgress /></Box>;
  if (error || !record) {
    const year = /^\d{4}$/.test(id ?? '') ? Number(id) : 0;
    return (
      <Card sx={{ mt: 2 }}>
        <Title title="app.calendar.title" />
        <CardContent>
          <Alert severity="warning" data-testid="calendar-year-missing">
            {year ? translate('app.calendar.nextMissing', { year }) : translate('app.error.notFound')}
          </Alert>
          {admin && year > 0 && (
            <Button component={RouterLink} to={createYearPath(year)} sx={{ mt: 2 }} variant="contained">{translate('app.calendar.create')}</Button>
          )}
        </CardContent>
      </Card>
    );
  }
  const { days, holidays, workdays } = summarise(record.days);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.calendar.yearTitle', { year: record.year })} />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <Button component={RouterLink} to="/calendar" size="small" startIcon={<ArrowBackIcon />}>{translate('app.calendar.title')}</Button>
          <Typography variant="h6" data-testid="calendar-title">{translate('app.calendar.yearTitle', { year: record.year })}</Typography>
          <Chip size="small" color="error" label={`${translate('app.calendar.holidays')} ${holidays}`} />
          <Chip size="small" color="warning" variant="outlined" label={`${translate('app.calendar.workdays')} ${workdays}`} />
          <Box sx={{ flex: 1 }} />
          {admin && (
            <Button component={RouterLink} to={`/calendar/${record.year}`} variant="contained" size="small" startIcon={<EditIcon />}
              data-testid="calendar-edit">
              {translate('app.calendar.edit')}
            </Button>
          )}
        </Box>
        <Box sx={{ mb: 2 }}><Info label="app.calendar.source"><span data-testid="calendar-source">{record.source}</span></Info></Box>
        {days.length === 0 ? (
          <Typography color="text.secondary">{translate('app.calendar.noDays')}</Typography>
        ) : (
          <Table size="small" data-testid="calendar-days">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.calendar.day')}</TableCell>
                <TableCell>{translate('app.calendar.kind')}</TableCell>
                <TableCell>{translate('app.calendar.name')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {days.map(day => (
                <TableRow key={day.day} data-testid="calendar-day" data-day={day.day}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{day.day}（{weekday(day.day, locale)}）</TableCell>
                  <TableCell><DayKindChip kind={day.kind} /></TableCell>
                  <TableCell>{day.name}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

/** One year of the calendar: its days with kind chips (放假 / 调休上班), names and where it was published. */
export const CalendarShow = () => (
  <ShowBase queryOptions={{ retry: false, onError: () => undefined }}>
    <YearView />
  </ShowBase>
);
