import { CheckboxGroupInput, SelectInput, required } from 'react-admin';
import { choices } from '../common/enums';
import { useJurisdictions } from '../common/useJurisdictions';

export const JurisdictionInput = () => {
  const { all, isPending } = useJurisdictions();
  const indent: Record<string, string> = { CITY: '', DISTRICT: '　', STREET: '　　', COMMUNITY: '　　　' };
  return (
    <SelectInput source="jurisdictionCode" validate={required()} isPending={isPending} translateChoice={false}
      choices={all.map(j => ({ id: j.code, name: `${indent[j.level] ?? ''}${j.name} (${j.code})` }))} sx={{ minWidth: 320 }} />
  );
};

export const RolesInput = () => <CheckboxGroupInput source="roles" choices={choices('role')} validate={required()} />;
