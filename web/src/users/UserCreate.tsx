import { Create, PasswordInput, SimpleForm, TextInput, minLength, required } from 'react-admin';
import { JurisdictionInput, RolesInput } from './UserInputs';

const passwordRule = minLength(10, 'app.validation.passwordLength');

export const UserCreate = () => (
  <Create redirect="list" mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="username" validate={required()} />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={[required(), passwordRule]} />
      <JurisdictionInput />
      <RolesInput />
    </SimpleForm>
  </Create>
);
