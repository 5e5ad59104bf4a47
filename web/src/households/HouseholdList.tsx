import { Datagrid, DateField, List, NumberField, SearchInput, TextField, useTranslate } from 'react-admin';
import { JurisdictionField, LocalDateField } from '../common/fields';

export const HouseholdList = () => {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.household.searchHint')} sx={{ minWidth: 420 }} />,
  ];
  return (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false} title="app.menu.households">
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <TextField source="headName" />
      <TextField source="headResidentIdMasked" sortable={false} />
      <TextField source="address" />
      <JurisdictionField source="communityCode" label="resources.households.fields.communityCode" />
      <NumberField source="memberCount" sortable={false} />
      <LocalDateField source="updatedAt" showTime />
    </Datagrid>
  </List>
  );
};
