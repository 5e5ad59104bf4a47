import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput, DateInput, NumberInput, RadioButtonGroupInput, SelectInput, SimpleFormIterator, TextInput,
  useDataProvider, useLocale, useSimpleFormIterator, useSourceContext, useTranslate,
} from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Divider, List, ListItemButton, ListItemIcon, ListItemText, TextField, Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { choices } from '../common/enums';
import { useJurisdictions } from '../common/useJurisdictions';
import { checkResidentId } from '../validation/residentId';
import { emptyMember } from './applicationForm';

const upper = (v: string) => (v == null ? v : v.toUpperCase().trim());
const emptyToNull = (v: any) => (v === '' ? null : v);

/** Fills birth date and sex from a valid resident ID of the same member row. */
const ResidentIdAutoFill = () => {
  const { getSource } = useSourceContext();
  const { setValue } = useFormContext();
  const residentId = useWatch({ name: getSource('residentId') });
  useEffect(() => {
    const check = checkResidentId(residentId);
    if (check.valid) {
      setValue(getSource('birthDate'), check.birthDate, { shouldDirty: true });
      setValue(getSource('sex'), check.sex, { shouldDirty: true });
    }
  }, [residentId]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
};

const AddRowButton = ({ label, item }: { label: string; item?: () => object }) => {
  const translate = useTranslate();
  const { add } = useSimpleFormIterator();
  return (
    <Button size="small" variant="outlined" startIcon={<AddIcon />} sx={{ my: 1 }} onClick={() => add(item?.())}>
      {translate(label)}
    </Button>
  );
};

export const useMemberChoices = () => {
  const members = useWatch({ name: 'household.members' }) ?? [];
  return members
    .filter((m: any) => m?.residentId)
    .map((m: any) => ({ id: m.residentId, name: `${m.name || ''} ${m.residentId}` }));
};

const FIELD = { sx: { width: 170 } };
const ITERATOR = {
  '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', flex: 1, minWidth: 0, columnGap: 1.5, rowGap: 0 },
  '& .RaSimpleFormIterator-line': { borderBottom: '1px solid #e0e0e0', py: 1 },
};

const NewHousehold = () => {
  const translate = useTranslate();
  const { children } = useJurisdictions();
  const streetCode = useWatch({ name: 'streetCode' });
  const communities = children(streetCode, 'COMMUNITY').map(c => ({ id: c.code, name: c.name }));
  const memberChoices = useMemberChoices();
  const section = (key: string) => (
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>{translate(key)}</Typography>
  );
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput source="household.communityCode" label="app.frontDesk.community" choices={communities}
          translateChoice={false} fullWidth={false} sx={{ width: 260 }} />
        <TextInput source="household.address" label="app.frontDesk.address" fullWidth={false} sx={{ flex: 1, minWidth: 320 }} />
        <TextInput source="household.phone" label="app.frontDesk.phone" fullWidth={false} sx={{ width: 200 }} />
      </Box>
      {section('app.frontDesk.members')}
      <ArrayInput source="household.members" label={false}>
        <SimpleFormIterator inline disableReordering disableClear sx={ITERATOR} getItemLabel={index => `${index + 1}`}
          addButton={<AddRowButton label="app.member.add" item={emptyMember} />}>
          <ResidentIdAutoFill />
          <TextInput source="name" label="app.member.name" {...FIELD} />
          <TextInput source="residentId" label="app.member.residentId" parse={upper} sx={{ width: 220 }} />
          <SelectInput source="relation" label="app.member.relation" choices={choices('relation')} {...FIELD} />
          <DateInput source="birthDate" label="app.member.birthDate" {...FIELD} />
          <SelectInput source="sex" label="app.member.sex" choices={choices('sex')} sx={{ width: 100 }} />
          <SelectInput source="disabilityKind" label="app.member.disabilityKind" choices={choices('disabilityKind')} parse={emptyToNull} {...FIELD} />
          <SelectInput source="disabilityGrade" label="app.member.disabilityGrade" choices={choices('disabilityGrade')} parse={emptyToNull} sx={{ width: 120 }} />
          <SelectInput source="workAbility" label="app.member.workAbility" choices={choices('workAbility')} {...FIELD} />
          <SelectInput source="illness" label="app.member.illness" choices={choices('illness')} {...FIELD} />
          <TextInput source="illnessNote" label="app.member.illnessNote" {...FIELD} />
          <SelectInput source="employmentStatus" label="app.member.employmentStatus" choices={choices('employmentStatus')} {...FIELD} />
          <SelectInput source="studentStatus" label="app.member.studentStatus" choices={choices('studentStatus')} {...FIELD} />
          <SelectInput source="legalSupport" label="app.member.legalSupport" choices={choices('legalSupport')} parse={emptyToNull} {...FIELD} />
        </SimpleFormIterator>
      </ArrayInput>
      <Divider sx={{ my: 1 }} />
      {section('app.frontDesk.incomes')}
      <ArrayInput source="household.incomes" label={false}>
        <SimpleFormIterator inline disableReordering disableClear sx={ITERATOR} addButton={<AddRowButton label="app.frontDesk.addIncome" />}>
          <SelectInput source="memberResidentId" label="app.item.member" choices={memberChoices} translateChoice={false} parse={emptyToNull} sx={{ width: 260 }} />
          <SelectInput source="kind" label="app.item.kind" choices={choices('incomeKind')} {...FIELD} />
          <DateInput source="periodStart" label="app.item.periodStart" {...FIELD} />
          <DateInput source="periodEnd" label="app.item.periodEnd" {...FIELD} />
          <NumberInput source="amount" label="app.item.amount" min={0} {...FIELD} />
          <TextInput source="note" label="app.item.note" {...FIELD} />
        </SimpleFormIterator>
      </ArrayInput>
      {section('app.frontDesk.assets')}
      <ArrayInput source="household.assets" label={false}>
        <SimpleFormIterator inline disableReordering disableClear sx={ITERATOR} addButton={<AddRowButton label="app.frontDesk.addAsset" />}>
          <SelectInput source="memberResidentId" label="app.item.member" choices={memberChoices} translateChoice={false} parse={emptyToNull} sx={{ width: 260 }} />
          <SelectInput source="kind" label="app.item.kind" choices={choices('assetKind')} {...FIELD} />
          <TextInput source="description" label="app.item.description" sx={{ width: 260 }} />
          <NumberInput source="value" label="app.item.value" min={0} {...FIELD} />
        </SimpleFormIterator>
      </ArrayInput>
      {section('app.frontDesk.rigidExpenses')}
      <ArrayInput source="household.rigidExpenses" label={false}>
        <SimpleFormIterator inline disableReordering disableClear sx={ITERATOR} addButton={<AddRowButton label="app.frontDesk.addRigidExpense" />}>
          <SelectInput source="memberResidentId" label="app.item.member" choices={memberChoices} translateChoice={false} parse={emptyToNull} sx={{ width: 260 }} />
          <SelectInput source="kind" label="app.item.kind" choices={choices('rigidExpenseKind')} {...FIELD} />
          <DateInput source="periodStart" label="app.item.periodStart" {...FIELD} />
          <DateInput source="periodEnd" label="app.item.periodEnd" {...FIELD} />
          <NumberInput source="amount" label="app.item.amount" min={0} {...FIELD} />
          <TextInput source="note" label="app.item.note" {...FIELD} />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
};

export type HouseholdSummary = {
  id: number; communityCode: string; address: string; headName: string; headResidentIdMasked: string; memberCount: number;
};

const ExistingHousehold = ({ onPicked }: { onPicked: (h: HouseholdSummary, residentId: string) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { setValue, formState } = useFormContext();
  const { name } = useJurisdictions();
  const householdId = useWatch({ name: 'householdId' });
  const [residentId, setResidentId] = useState('');
  const [results, setResults] = useState<HouseholdSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = checkResidentId(residentId);

  const lookup = async () => {
    setError(null);
    try {
      const { data } = await dataProvider.getList('households', {
        filter: { residentId }, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'DESC' },
      });
      setResults(data as HouseholdSummary[]);
    } catch (e: any) {
      setError(e?.message ?? String(e));
      setResults([]);
    }
  };
  const pickError = (formState.errors as any).householdId?.message;

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          label={translate('app.frontDesk.lookupResidentId')} value={residentId} size="small"
          onChange={e => setResidentId(e.target.value.toUpperCase().trim())}
          onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); if (check.valid) lookup(); } }}
          error={residentId.length > 0 && !check.valid}
          helperText={residentId.length > 0 && !check.valid ? translate(`app.validation.residentId.${check.problem}`) : ' '}
          fullWidth={false} sx={{ width: 320 }} slotProps={{ htmlInput: { 'data-testid': 'lookup-resident-id' } }}
        />
        <Button variant="outlined" startIcon={<SearchIcon />} onClick={lookup} disabled={!check.valid} sx={{ whiteSpace: 'nowrap', mt: 0.5 }}>
          {translate('app.frontDesk.lookup')}
        </Button>
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {results && results.length === 0 && !error && <Alert severity="info">{translate('app.frontDesk.noMatch')}</Alert>}
      {results && results.length > 0 && (
        <List dense>
          {results.map(h => (
            <ListItemButton key={h.id} selected={householdId === h.id}
              onClick={() => { setValue('householdId', h.id, { shouldValidate: true }); onPicked(h, residentId); }}>
              <ListItemIcon>{householdId === h.id ? <CheckCircleIcon color="primary" /> : <RadioButtonUncheckedIcon />}</ListItemIcon>
              <ListItemText
                primary={translate('app.frontDesk.householdSummary', {
                  head: `${h.headName ?? ''} (${h.headResidentIdMasked ?? ''})`, count: h.memberCount, address: name(h.communityCode),
                })}
                secondary={h.address}
              />
            </ListItemButton>
          ))}
        </List>
      )}
      {pickError && <Alert severity="warning" sx={{ mt: 1 }}>{translate(pickError)}</Alert>}
    </Box>
  );
};

export const HouseholdStep = ({ onPicked }: { onPicked: (h: HouseholdSummary, residentId: string) => void }) => {
  const mode = useWatch({ name: 'householdMode' });
  return (
    <Card variant="outlined">
      <CardContent>
        <RadioButtonGroupInput source="householdMode" label={false} row choices={[
          { id: 'new', name: 'app.frontDesk.newHousehold' },
          { id: 'existing', name: 'app.frontDesk.existing' },
        ]} />
        {mode === 'existing' ? <ExistingHousehold onPicked={onPicked} /> : <NewHousehold />}
      </CardContent>
    </Card>
  );
};

export { emptyMember };
