import {
  Edit, SaveButton, SimpleForm, Toolbar, useNotify, useRecordContext, useRedirect, useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { CalendarYear } from '../dataProvider';
import { toPayload, validateYear } from './calendarForm';
import { CalendarInputs } from './CalendarInputs';

const EditTitle = () => {
  const record = useRecordContext<CalendarYear>();
  const translate = useTranslate();
  return <span>{record ? translate('app.calendar.yearTitle', { year: record.year }) : ''}</span>;
};

const Heading = () => {
  const record = useRecordContext<CalendarYear>();
  const translate = useTranslate();
  return <Typography variant="h6" data-testid="calendar-edit-title">{record ? translate('app.calendar.yearTitle', { year: record.year }) : ''}</Typography>;
};

/** Saving only: a year is replaced, never deleted (deadlines reaching into it need it). */
export const CalendarToolbar = () => <Toolbar><SaveButton /></Toolbar>;

/** After saving a year: its view, with the year named in the message. */
export const useYearSaved = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (data: { id: unknown }) => {
    notify('app.calendar.saved', { type: 'success', messageArgs: { year: data.id } });
    redirect('show', 'calendar', data.id as number);
  };
};

/** Replaces a year's schedule (PUT); errors of single rows (date outside the year, twice) show at those rows. */
export const CalendarEdit = () => {
  const saved = useYearSaved();
  return (
    <Edit mutationMode="pessimistic" title={<EditTitle />} transform={toPayload} queryOptions={{ retry: false }}
      mutationOptions={{ onSuccess: saved }}>
      <SimpleForm validate={validateYear} warnWhenUnsavedChanges toolbar={<CalendarToolbar />}>
        <Heading />
        <CalendarInputs />
      </SimpleForm>
    </Edit>
  );
};
