import { useWatch } from 'react-hook-form';
import { BooleanInput, CheckboxGroupInput, SelectInput, TextInput, useLocale, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { ChecklistItem } from '../dataProvider';
import { materialName } from './applicationForm';
import { useMemberChoices } from './HouseholdStep';
import { CheckboxInput } from '../common/CheckboxInput';

const upper = (v: string) => (v == null ? v : v.toUpperCase().trim());

export const ApplicantStep = ({ checklist }: { checklist: ChecklistItem[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const mode = useWatch({ name: 'householdMode' });
  const withAgent = useWatch({ name: 'withAgent' });
  const memberChoices = useMemberChoices();
  const needLabel = (item: ChecklistItem) =>
    item.need === 'ALWAYS' ? 'app.frontDesk.required'
      : item.need === 'WITH_AGENT' ? 'app.frontDesk.requiredWithAgent' : 'app.frontDesk.optional';
  const materialChoices = checklist.map(item => ({ id: item.code, name: materialName(item, locale), need: item.need }));
  const renderMaterial = (item: ChecklistItem & { id: string }) => (
    <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
      <span>{materialName(item, locale)}</span>
      <Chip size="small" variant="outlined"
        color={item.need === 'ALWAYS' || (withAgent && item.need === 'WITH_AGENT') ? 'error' : 'default'}
        label={translate(needLabel(item))} />
    </Box>
  );
  return (
    <Card variant="outlined">
      <CardContent>
        {mode === 'new' ? (
          <SelectInput source="applicantResidentId" label="app.frontDesk.applicant" choices={memberChoices}
            translateChoice={false} fullWidth={false} sx={{ width: 420 }} />
        ) : (
          <TextInput source="applicantResidentId" label="app.frontDesk.applicant" parse={upper} fullWidth={false} sx={{ width: 420 }} />
        )}
        <BooleanInput source="withAgent" label="app.frontDesk.withAgent" />
        {withAgent && (
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="agent.name" label="app.frontDesk.agentName" fullWidth={false} />
            <TextInput source="agent.residentId" label="app.frontDesk.agentResidentId" parse={upper} fullWidth={false} sx={{ width: 240 }} />
            <TextInput source="agent.relation" label="app.frontDesk.agentRelation" fullWidth={false} />
          </Box>
        )}
        <Typography variant="subtitle1" sx={{ mt: 1, fontWeight: 600 }}>{translate('app.frontDesk.materials')}</Typography>
        <CheckboxGroupInput source="materials" label={false} choices={materialChoices} translateChoice={false}
          optionText={renderMaterial as any}
          row={false} />
        <Box sx={{ mt: 1 }}>
          <CheckboxInput source="truthPledgeSigned" label="app.frontDesk.truthPledge" />
          <CheckboxInput source="verificationConsent" label="app.frontDesk.verificationConsent" />
        </Box>
      </CardContent>
    </Card>
  );
};
