import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import type { AppDataProvider } from '../dataProvider';
import { useJurisdictions } from '../common/useJurisdictions';
import { checkValue, definitionLabel, ParameterDefinition } from './catalogue';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Server field errors of a 422 as {field: message}. */
export const problemFields = (e: any): Record<string, string> =>
  Object.fromEntries((e?.body?.errors ?? []).filter((x: any) => x?.field).map((x: any) => [x.field, x.message || x.code]));

/** 调整参数: a new value for a jurisdiction from a day on, with a required reason (admin only; the server checks). */
export const SetParameterDialog = ({ definition, jurisdictionCode, onClose }: {
  definition: ParameterDefinition; jurisdictionCode: string; onClose: () => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { all } = useJurisdictions();
  const levels = definition.levels ?? [];
  const places = all.filter(j => !levels.length || levels.includes(j.level));
  const [form, setForm] = useState({
    jurisdictionCode: places.some(p => p.code === jurisdictionCode) ? jurisdictionCode : places[0]?.code ?? jurisdictionCode,
    value: definition.defaultValue ?? '', effectiveFrom: today(), reason: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm(f => ({ ...f, [key]: e.target.value }));

  const save = async () => {
    const local: Record<string, string> = {};
    const problem = checkValue(definition, form.value);
    if (problem) local.value = translate(problem.key, problem.args);
    if (!form.effectiveFrom) local.effectiveFrom = translate('app.validation.required');
    if (!form.reason.trim()) local.reason = translate('app.validation.required');
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await dataProvider.setParameter({ ...form, code: definition.code, value: form.value.trim(), reason: form.reason.trim() });
      notify(translate('app.policy.saved', { date: form.effectiveFrom }), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['policy'] });
      onClose();
    } catch (e: any) {
      setErrors(problemFields(e));
      setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };
  const choices = definition.type === 'BOOLEAN' ? ['true', 'false'] : definition.type === 'ENUM' ? definition.allowedValues ?? [] : null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.policy.setTitle', { name: definitionLabel(definition, locale) })}</DialogTitle>
      <DialogContent>
        <TextField select fullWidth margin="dense" label={translate('app.policy.jurisdiction')} value={form.jurisdictionCode}
          onChange={set('jurisdictionCode')} error={!!errors.jurisdictionCode} helperText={errors.jurisdictionCode}>
          {places.map(p => <MenuItem key={p.code} value={p.code}>{p.name}</MenuItem>)}
        </TextField>
        {choices ? (
          <TextField select fullWidth margin="dense" label={translate('app.policy.newValue')} value={form.value} onChange={set('value')}
            error={!!errors.value} helperText={errors.value}>
            {choices.map(c => <MenuItem key={c} value={c}>{c === 'true' ? translate('ra.boolean.true') : c === 'false' ? translate('ra.boolean.false') : c}</MenuItem>)}
          </TextField>
        ) : (
          <TextField fullWidth margin="dense" label={`${translate('app.policy.newValue')}${definition.unit ? `（${definition.unit}）` : ''}`}
            value={form.value} onChange={set('value')} error={!!errors.value}
            helperText={errors.value ?? `${translate('app.policy.range')}：${definition.min ?? '—'} ~ ${definition.max ?? '—'}`}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'parameter-value' } }} />
        )}
        <TextField fullWidth margin="dense" type="date" label={translate('app.policy.effectiveFrom')} value={form.effectiveFrom}
          onChange={set('effectiveFrom')} error={!!errors.effectiveFrom} helperText={errors.effectiveFrom}
          slotProps={{ inputLabel: { shrink: true } }} />
        <TextField fullWidth margin="dense" multiline minRows={2} required label={translate('app.policy.reason')} value={form.reason}
          onChange={set('reason')} error={!!errors.reason} helperText={errors.reason} />
        {failure && <Alert severity="error" sx={{ mt: 1 }}>{failure}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="save-parameter">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};
