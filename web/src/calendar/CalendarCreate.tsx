import { Create, SimpleForm } from 'react-admin';
import { toPayload, validateYear, YearValues } from './calendarForm';
import { CalendarInputs } from './CalendarInputs';
import { CalendarToolbar, useYearSaved } from './CalendarEdit';

/** Enters a year the calendar lacks; an existing year is refused (it is edited instead). */
export const CalendarCreate = () => {
  const saved = useYearSaved();
  return (
    <Create title="app.calendar.create" mutationOptions={{ onSuccess: saved }}
      transform={(values: YearValues) => ({ year: Number(values.year), ...toPayload(values) })}>
      <SimpleForm validate={validateYear} defaultValues={{ year: new Date().getFullYear() + 1, days: [] }}
        toolbar={<CalendarToolbar />}>
        <CalendarInputs creating />
      </SimpleForm>
    </Create>
  );
};
