import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { hasAnyRole } from '../authProvider';
import { ApiProblem, fieldErrors, getJson, planOfHousehold, sendForm, VisitLog } from './api';
import { AgreementPreview } from './AgreementPreview';
import { RenewPlanButton } from './RenewPlanButton';

/** The household's plan at a glance, its cadre, and the visit log (grid cadres log visits here). */
export const HouseholdAgreement = ({ householdId }: { householdId: number }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { permissions: roles } = usePermissions<string[]>();
  const plan = useQuery({ queryKey: ['agreements', 'plan', householdId], queryFn: () => planOfHousehold(householdId) });
  const visits = useQuery({ queryKey: ['agreements', 'visits', householdId], queryFn: () => getJson<VisitLog>(`/api/agreements/households/${householdId}/visits`) });
  const [visitedOn, setVisitedOn] = useState('');
  const [place, setPlace] = useState('');
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState<FileList | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const log = async () => {
    setErrors({});
    setError(null);
    const form = new FormData();
    form.append('visitedOn', visitedOn);
    form.append('place', place);
    form.append('notes', notes);
    Array.from(photos ?? []).forEach(photo => form.append('photos', photo));
    try {
      await sendForm(`/api/agreements/households/${householdId}/visits`, form);
      setPlace('');
      setNotes('');
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
    } catch (e) {
      setErrors(fieldErrors(e));
      setError(e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    }
  };
  const status = visits.data?.status;
  return (
    <Stack spacing={2} data-testid="household-agreement">
      {plan.data === null && <Typography color="text.secondary">{translate('agreements.plan.none')}</Typography>}
      {plan.data && (
        <Box>
          <Typography variant="subtitle1">{translate('agreements.plan.summary', { version: plan.data.version, reviewOn: plan.data.reviewOn })}</Typography>
          <Typography variant="body2">{plan.data.goals.join('；')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('agreements.pairing.cadre')}：{plan.data.cadre?.cadre ?? translate('agreements.pairing.unpaired')}
          </Typography>
          <Box sx={{ mt: 1 }}><AgreementPreview planId={plan.data.id} householdId={householdId} /></Box>
          {hasAnyRole(roles, ['caseworker']) && <Box sx={{ mt: 1 }}><RenewPlanButton caseNumber={plan.data.caseNumber} /></Box>}
        </Box>
      )}
      {status && (
        <Box data-testid="visit-status">
          {translate('agreements.visits.last', { day: status.lastVisitOn ?? translate('agreements.visits.never') })}
          {' · '}{translate('agreements.visits.interval', { days: status.intervalDays })}
          {status.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('agreements.visits.overdue')} />}
        </Box>
      )}
      {!!visits.data?.visits.length && (
        <Table size="small">
          <TableHead><TableRow>
            {['visitedOn', 'place', 'notes', 'visitor', 'photos'].map(c => <TableCell key={c} sx={{ fontWeight: 600 }}>{translate(`agreements.visits.${c}`)}</TableCell>)}
          </TableRow></TableHead>
          <TableBody>
            {visits.data.visits.map(v => (
              <TableRow key={v.id} data-testid="visit-row">
                <TableCell>{v.visitedOn}</TableCell><TableCell>{v.place}</TableCell><TableCell>{v.notes}</TableCell>
                <TableCell>{v.visitor}</TableCell><TableCell>{v.photoDocumentIds.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hasAnyRole(roles, ['grid-cadre']) && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }} data-testid="visit-form">
          <TextField size="small" type="date" label={translate('agreements.visits.visitedOn')} value={visitedOn}
            error={!!errors.visitedOn} helperText={errors.visitedOn} onChange={e => setVisitedOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" label={translate('agreements.visits.place')} value={place} error={!!errors.place}
            helperText={errors.place} onChange={e => setPlace(e.target.value)} />
          <TextField size="small" label={translate('agreements.visits.notes')} value={notes} error={!!errors.notes}
            helperText={errors.notes} onChange={e => setNotes(e.target.value)} sx={{ flex: 1, minWidth: 240 }} />
          <input type="file" multiple accept="image/jpeg,image/png" onChange={e => setPhotos(e.target.files)} />
          <Button variant="contained" onClick={log}>{translate('agreements.visits.log')}</Button>
          {error && <Alert severity="error" sx={{ width: '100%' }}>{error}</Alert>}
        </Box>
      )}
    </Stack>
  );
};
