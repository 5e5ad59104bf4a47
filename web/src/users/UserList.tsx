import { BooleanField, CreateButton, Datagrid, DateField, EditButton, List, TextField, TopToolbar } from 'react-admin';
import { JurisdictionField, RolesField, LocalDateField } from '../common/fields';
import { LockButton } from './LockButton';

export const UserList = () => (
  <List sort={{ field: 'username', order: 'ASC' }} exporter={false} title="app.menu.users"
    actions={<TopToolbar><CreateButton /></TopToolbar>}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <JurisdictionField source="jurisdictionCode" label="resources.users.fields.jurisdictionCode" />
      <RolesField source="roles" label="resources.users.fields.roles" />
      <BooleanField source="locked" />
      <LocalDateField source="lockedUntil" showTime />
      <LocalDateField source="createdAt" showTime />
      <LockButton />
      <EditButton />
    </Datagrid>
  </List>
);
