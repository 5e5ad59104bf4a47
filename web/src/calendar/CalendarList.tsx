import { CreateButton, Datagrid, FunctionField, List, NumberField, TextField, TopToolbar, usePermissions } from 'react-admin';
import { canEditCalendar } from '../authProvider';
import { CalendarMissingAlert } from './CalendarMissingAlert';
import { summarise } from './calendarForm';
import type { CalendarYear } from '../dataProvider';

const Actions = () => {
  const { permissions: roles } = usePermissions<string[]>();
  return <TopToolbar>{canEditCalendar(roles) && <CreateButton label="app.calendar.create" />}</TopToolbar>;
};

/** 节假日安排: the years the calendar knows, newest first; read by everyone, kept by administrators. */
export const CalendarList = () => (
  <>
    <CalendarMissingAlert sx={{ mt: 2, mb: 0 }} />
    <List actions={<Actions />} pagination={false} exporter={false} title="app.calendar.title" sort={{ field: 'year', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false} sort={{ field: 'year', order: 'DESC' }}>
        <NumberField source="year" options={{ useGrouping: false }} sortable={false} />
        <TextField source="source" sortable={false} />
        <FunctionField label="app.calendar.holidays" render={(record: CalendarYear) => summarise(record.days).holidays} />
        <FunctionField label="app.calendar.workdays" render={(record: CalendarYear) => summarise(record.days).workdays} />
      </Datagrid>
    </List>
  </>
);
