import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, CircularProgress, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { CadrePicker } from './CadrePicker';
import {
  ApiProblem, Catalogue, CatalogueMeasure, fieldErrors, getJson, lines, MeasureInput, Plan, planOfHousehold, sendJson,
} from './api';

type Row = MeasureInput & { key: string; kind: string };
type Member = { id: number; name: string; active?: boolean };

let nextKey = 0;
const keyOf = () => `m${++nextKey}`;

/** The measures of a plan as editable rows, each with its help kind from the catalogue. */
export const rowsOf = (plan: Plan | null, catalogue: Catalogue): Row[] =>
  (plan?.measures ?? []).map(m => ({
    key: keyOf(), id: m.id, memberId: m.memberId, measureCode: m.measureCode, dueOn: m.dueOn, details: m.details ?? {},
    kind: catalogue.helps.find(h => h.measures.some(c => c.code === m.measureCode))?.kind ?? m.kind,
  }));

/**
 * 帮扶计划 editor (一户一计划): goals, the measures per member grouped by the help kinds, the family's obligations
 * and the review date. Saving makes a new version of the plan.
 */
export const PlanEditor = ({ caseNumber, householdId, onSaved }: {
  caseNumber: string; householdId: number; onSaved?: (plan: Plan) => void;
}) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const catalogue = useQuery({ queryKey: ['agreements', 'catalogue'], queryFn: () => getJson<Catalogue>('/api/agreements/measure-catalogue') });
  const household = useQuery({ queryKey: ['agreements', 'household', householdId], queryFn: () => getJson<{ members: Member[] }>(`/api/households/${householdId}`) });
  const plan = useQuery({ queryKey: ['agreements', 'plan', householdId], queryFn: () => planOfHousehold(householdId) });
  const [goals, setGoals] = useState('');
  const [obligations, setObligations] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [reason, setReason] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!catalogue.data || plan.isPending) return;
    const current = plan.data ?? null;
    setGoals((current?.goals ?? []).join('\n'));
    setObligations((current?.obligations ?? [translate('agreements.plan.defaultObligation1'), translate('agreements.plan.defaultObligation2')]).join('\n'));
    setReviewOn(current?.reviewOn ?? '');
    setRows(rowsOf(current, catalogue.data));
  }, [catalogue.data, plan.data, plan.isPending, translate]);

  const measuresByCode = useMemo(() => {
    const map = new Map<string, CatalogueMeasure>();
    catalogue.data?.helps.forEach(h => h.measures.forEach(m => map.set(m.code, m)));
    return map;
  }, [catalogue.data]);

  if (catalogue.isPending || household.isPending || plan.isPending) return <CircularProgress size={24} />;
  if (catalogue.error || household.error || plan.error) return <Alert severity="error">{translate('agreements.loadFailed')}</Alert>;
  const members = (household.data?.members ?? []).filter(m => m.active !== false);
  const update = (key: string, change: Partial<Row>) => setRows(all => all.map(r => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    setSaving(true);
    setErrors({});
    setMessage(null);
    const measures = rows.map(({ key: _key, kind: _kind, ...m }) => ({ ...m, dueOn: m.dueOn || null }));
    const body = { goals: lines(goals), obligations: lines(obligations), reviewOn: reviewOn || null, measures };
    try {
      const saved = plan.data
        ? await sendJson<Plan>(`/api/agreements/plans/${plan.data.id}`, 'PUT', { ...body, expectedVersion: plan.data.version, reason })
        : await sendJson<Plan>('/api/agreements/plans', 'POST', { ...body, caseNumber });
      queryClient.setQueryData(['agreements', 'plan', householdId], saved);
      setMessage({ severity: 'success', text: translate('agreements.plan.saved', { version: saved.version }) });
      onSaved?.(saved);
    } catch (e) {
      setErrors(fieldErrors(e));
      setMessage({ severity: 'error', text: e instanceof ApiProblem ? e.message : translate('app.error.unexpected') });
    } finally {
      setSaving(false);
    }
  };

  const rowIndex = (key: string) => rows.findIndex(r => r.key === key);
  return (
    <Stack spacing={2} data-testid="plan-editor">
      {plan.data && (
        <Typography variant="body2" color="text.secondary" data-testid="plan-version">
          {translate('agreements.plan.version', { version: plan.data.version, by: plan.data.updatedBy })}
        </Typography>
      )}
      <TextField label={translate('agreements.plan.goals')} helperText={errors.goals ?? translate('agreements.plan.oneLine')}
        error={!!errors.goals} multiline minRows={2} value={goals} onChange={e => setGoals(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'plan-goals' } }} />
      {catalogue.data!.helps.map(help => (
        <Card key={help.kind} variant="outlined" data-testid={`help-${help.kind}`}>
          <CardHeader title={help.name} titleTypographyProps={{ variant: 'subtitle1' }} action={
            <Button size="small" startIcon={<AddIcon />} data-testid={`add-measure-${help.kind}`}
              onClick={() => setRows(all => [...all, { key: keyOf(), kind: help.kind, memberId: null, measureCode: help.measures[0].code, dueOn: null, details: {} }])}>
              {translate('agreements.plan.addMeasure')}
            </Button>
          } />
          <CardContent sx={{ pt: 0 }}>
            {rows.filter(r => r.kind === help.kind).length === 0 && (
              <Typography variant="body2" color="text.secondary">{translate('agreements.plan.noMeasure')}</Typography>
            )}
            {rows.filter(r => r.kind === help.kind).map(row => {
              const index = rowIndex(row.key);
              const chosen = measuresByCode.get(row.measureCode);
              const status = plan.data?.measures.find(m => m.id === row.id)?.status;
              return (
                <Box key={row.key} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }} data-testid="measure-row">
                  <TextField select size="small" label={translate('agreements.plan.measure')} value={row.measureCode}
                    error={!!errors[`measures[${index}].measureCode`]} sx={{ minWidth: 240 }}
                    slotProps={{ select: { native: true }, htmlInput: { 'data-testid': `measure-code-${index}` } }}
                    onChange={e => update(row.key, { measureCode: e.target.value, details: {} })}>
                    {help.measures.map(m => <option key={m.code} value={m.code}>{m.name}（{m.departmentName}）</option>)}
                  </TextField>
                  <TextField select size="small" label={translate('agreements.plan.member')} value={row.memberId ?? ''}
                    sx={{ minWidth: 140 }} slotProps={{ select: { native: true }, htmlInput: { 'data-testid': `measure-member-${index}` } }}
                    onChange={e => update(row.key, { memberId: e.target.value ? Number(e.target.value) : null })}>
                    <option value="">{translate('agreements.plan.wholeHousehold')}</option>
                    {members.map(m => <option key={m.id} value={m.id}>{m.name}</option>)}
                  </TextField>
                  <TextField size="small" type="date" label={translate('agreements.plan.dueOn')} value={row.dueOn ?? ''}
                    helperText={row.dueOn ? undefined : translate('agreements.plan.defaultDue', { days: chosen?.deadlineDays ?? '' })}
                    slotProps={{ inputLabel: { shrink: true } }} onChange={e => update(row.key, { dueOn: e.target.value || null })} />
                  {chosen?.fields.map(field => (
                    <TextField key={field.code} size="small" label={field.label} type={field.type === 'number' ? 'number' : 'text'}
                      value={(row.details[field.code] as string | number | undefined) ?? ''}
                      onChange={e => update(row.key, { details: { ...row.details, [field.code]: field.type === 'number' && e.target.value !== '' ? Number(e.target.value) : e.target.value } })} />
                  ))}
                  {status && <Chip size="small" label={translate(`agreements.measureStatus.${status}`)} />}
                  <IconButton aria-label={translate('agreements.plan.removeMeasure')} onClick={() => setRows(all => all.filter(r => r.key !== row.key))}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Box>
              );
            })}
          </CardContent>
        </Card>
      ))}
      {errors.measures && <Alert severity="error">{translate('agreements.plan.measuresRequired')}</Alert>}
      <TextField label={translate('agreements.plan.obligations')} helperText={translate('agreements.plan.oneLine')} multiline minRows={2}
        value={obligations} onChange={e => setObligations(e.target.value)} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField type="date" label={translate('agreements.plan.reviewOn')} value={reviewOn} error={!!errors.reviewOn}
          helperText={errors.reviewOn} onChange={e => setReviewOn(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'plan-review-on' } }} />
        {plan.data && (
          <TextField label={translate('agreements.plan.reason')} value={reason} onChange={e => setReason(e.target.value)} sx={{ flex: 1 }} />
        )}
      </Box>
      {message && <Alert severity={message.severity} data-testid="plan-message">{message.text}</Alert>}
      {plan.data && <CadrePicker plan={plan.data} />}
      <Box>
        <Button variant="contained" onClick={save} disabled={saving} data-testid="plan-save">{translate('agreements.plan.save')}</Button>
      </Box>
    </Stack>
  );
};
