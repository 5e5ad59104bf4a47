import { Datagrid, DateField, DateInput, List, SelectInput, TextField, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { choices } from '../common/enums';
import { EnumField } from '../common/fields';
import { LocalDateField } from '../common/fields';
import { Box, Grid, Typography } from '@mui/material';

const filters = [
  <TextInput key="username" source="username" alwaysOn />,
  <SelectInput key="action" source="action" choices={choices('auditAction')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="entityType" source="entityType" choices={choices('entityType')} />,
  <TextInput key="caseNumber" source="caseNumber" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

const pretty = (value: unknown) => {
  if (value == null || value === '') return '—';
  if (typeof value === 'string') {
    try { return JSON.stringify(JSON.parse(value), null, 2); } catch { return value; }
  }
  return JSON.stringify(value, null, 2);
};

const BeforeAfter = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Grid container spacing={2} sx={{ p: 1 }}>
      {(['before', 'after'] as const).map(key => (
        <Grid key={key} size={{ xs: 12, md: 6 }}>
          <Typography variant="caption" color="text.secondary">{translate(`resources.audit.fields.${key}`)}</Typography>
          <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'grey.100', borderRadius: 1, overflowX: 'auto', fontSize: 12 }}>{pretty(record[key])}</Box>
        </Grid>
      ))}
    </Grid>
  );
};

export const AuditList = () => (
  <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} exporter={false} title="app.audit.title" perPage={50}>
    <Datagrid bulkActionButtons={false} expand={<BeforeAfter />} rowClick="expand"
      sx={{ '& .column-occurredAt, & .column-caseNumber': { whiteSpace: 'nowrap' } }}>
      <LocalDateField source="occurredAt" showTime />
      <TextField source="username" />
      <TextField source="ip" sortable={false} />
      <EnumField source="action" name="auditAction" label="resources.audit.fields.action" />
      <EnumField source="entityType" name="entityType" label="resources.audit.fields.entityType" />
      <TextField source="entityId" sortable={false} />
      <TextField source="caseNumber" />
      <TextField source="jurisdictionCode" sortable={false} />
    </Datagrid>
  </List>
);
