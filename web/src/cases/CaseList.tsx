import { BooleanField, Datagrid, DateField, FunctionField, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { choices } from '../common/enums';
import { EnumField, JurisdictionField, LocalDateField } from '../common/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('caseStatus')} alwaysOn />,
  <SelectInput key="category" source="category" choices={choices('category')} alwaysOn />,
];

export const CaseList = () => (
  <List filters={filters} sort={{ field: 'acceptedAt', order: 'DESC' }} exporter={false} title="app.menu.cases">
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="caseNumber" />
      <EnumField source="category" name="category" label="resources.cases.fields.category" />
      <EnumField source="status" name="caseStatus" label="resources.cases.fields.status" chip />
      <JurisdictionField source="streetCode" label="resources.cases.fields.streetCode" />
      <FunctionField source="householdId" sortable={false} render={(record: any) => (
        <Link to={`/households/${record.householdId}/show`} onClick={e => e.stopPropagation()}>{record.householdId}</Link>
      )} />
      <BooleanField source="conflictOfInterest" sortable={false} />
      <LocalDateField source="acceptedAt" showTime />
    </Datagrid>
  </List>
);
