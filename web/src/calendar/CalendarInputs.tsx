import {
  ArrayInput, DateInput, maxLength, NumberInput, SelectInput, SimpleFormIterator, TextInput, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Typography } from '@mui/material';
import { choices } from '../common/enums';

/** The inputs of one year: the year (when creating), the published source, and one row per special day. */
export const CalendarInputs = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  const year = useWatch({ name: 'year' });
  return (
    <>
      {creating && (
        <NumberInput source="year" label="app.calendar.year" min={2000} max={2100} step={1} sx={{ width: 160 }} autoFocus
          slotProps={{ htmlInput: { 'data-testid': 'calendar-year' } }} />
      )}
      <TextInput source="source" label="app.calendar.source" fullWidth multiline validate={maxLength(200)} autoFocus={!creating}
        helperText={translate('app.calendar.sourceHint', { year: year ?? '' })}
        slotProps={{ htmlInput: { 'data-testid': 'calendar-source-input' } }} />
      <Typography variant="caption" color="text.secondary">{translate('app.calendar.workdayHint')}</Typography>
      <ArrayInput source="days" label="app.calendar.days">
        <SimpleFormIterator inline disableReordering>
          <DateInput source="day" label="app.calendar.day" helperText={false} />
          <SelectInput source="kind" label="app.calendar.kind" choices={choices('dayKind')} helperText={false} sx={{ minWidth: 140 }} />
          <TextInput source="name" label="app.calendar.name" validate={maxLength(50)} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
