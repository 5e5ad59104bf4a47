import { Edit, SimpleForm, TextInput, TopToolbar, ListButton, required } from 'react-admin';
import { JurisdictionInput, RolesInput } from './UserInputs';
import { ResetPasswordButton } from './ResetPasswordButton';
import { LockButton } from './LockButton';

const Actions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <LockButton />
    <ListButton />
  </TopToolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" actions={<Actions />}>
    <SimpleForm>
      <TextInput source="username" disabled />
      <TextInput source="displayName" validate={required()} />
      <JurisdictionInput />
      <RolesInput />
    </SimpleForm>
  </Edit>
);
