import { Edit, SaveButton, SimpleForm, TextInput, Toolbar, TopToolbar, ListButton, required } from 'react-admin';
import { JurisdictionInput, RolesInput } from './UserInputs';
import { ResetPasswordButton } from './ResetPasswordButton';
import { LockButton } from './LockButton';
import { UserDepartmentAside } from './OfficerDepartment';

const Actions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <LockButton />
    <ListButton />
  </TopToolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" actions={<Actions />} aside={<UserDepartmentAside />}>
    <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
      <TextInput source="username" disabled />
      <TextInput source="displayName" validate={required()} />
      <JurisdictionInput />
      <RolesInput />
    </SimpleForm>
  </Edit>
);
