import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Table,
  TableBody, TableCell, TableHead, TableRow, TextField,
} from '@mui/material';
import type { AppDataProvider } from '../dataProvider';
import { useJurisdictions } from '../common/useJurisdictions';
import { problemFields } from './SetParameterDialog';

const EMPTY = { jurisdictionCode: '', processKey: 'assistance-application', stepId: '', workingDays: '', effectiveFrom: '', reason: '' };

/** 环节时限: the working days per human step and jurisdiction; admins set a new limit from a day on. */
export const StepLimits = ({ isAdmin, jurisdiction }: { isAdmin: boolean; jurisdiction: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { all, name } = useJurisdictions();
  const { data = [], error } = useQuery({ queryKey: ['policy', 'step-slas'], queryFn: () => dataProvider.stepLimits() });
  const [form, setForm] = useState<typeof EMPTY | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm(f => f && { ...f, [key]: e.target.value });

  const start = (from?: Partial<typeof EMPTY>) => {
    setErrors({});
    setFailure(null);
    setForm({ ...EMPTY, jurisdictionCode: jurisdiction, effectiveFrom: new Date().toLocaleDateString('sv-SE'), ...from });
  };
  const save = async () => {
    if (!form) return;
    const local: Record<string, string> = {};
    for (const key of ['jurisdictionCode', 'processKey', 'stepId', 'effectiveFrom', 'reason'] as const) {
      if (!form[key].trim()) local[key] = translate('app.validation.required');
    }
    if (!/^\d+$/.test(form.workingDays) || Number(form.workingDays) < 1) local.workingDays = translate('app.policy.errors.NOT_AN_INTEGER');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await dataProvider.setStepLimit({ ...form, workingDays: Number(form.workingDays), reason: form.reason.trim() });
      notify('app.policy.stepSaved', { type: 'success' });
      setForm(null);
      await queryClient.invalidateQueries({ queryKey: ['policy', 'step-slas'] });
    } catch (e: any) {
      setErrors(problemFields(e));
      setFailure(e?.body?.title || e?.message || String(e));
    }
  };
  const field = (key: keyof typeof EMPTY, label: string, extra: object = {}) => (
    <TextField fullWidth margin="dense" label={label} value={form?.[key] ?? ''} onChange={set(key)} error={!!errors[key]} helperText={errors[key]} {...extra} />
  );
  return (
    <Card>
      <CardHeader title={translate('app.policy.stepLimits')}
        action={isAdmin && <Button onClick={() => start()} data-testid="add-step-limit">{translate('app.policy.setStepLimit')}</Button>} />
      <CardContent>
        {error && <Alert severity="warning">{(error as any)?.message}</Alert>}
        <Table size="small" data-testid="step-limits">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.policy.jurisdiction')}</TableCell>
              <TableCell>{translate('app.policy.process')}</TableCell>
              <TableCell>{translate('app.policy.step')}</TableCell>
              <TableCell align="right">{translate('app.policy.workingDays')}</TableCell>
              <TableCell>{translate('app.policy.effectiveFrom')}</TableCell>
              <TableCell>{translate('app.policy.reason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map(row => (
              <TableRow key={row.id}>
                <TableCell>{name(row.jurisdictionCode)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{row.processKey}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{row.stepId}</TableCell>
                <TableCell align="right">{row.workingDays}</TableCell>
                <TableCell>{row.effectiveFrom}</TableCell>
                <TableCell>{row.reason ?? '—'}</TableCell>
                <TableCell align="right">
                  {isAdmin && <Button size="small" onClick={() => start({ processKey: row.processKey, stepId: row.stepId, workingDays: String(row.workingDays) })}>
                    {translate('app.policy.set')}</Button>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
      <Dialog open={!!form} onClose={() => setForm(null)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.policy.setStepLimit')}</DialogTitle>
        <DialogContent>
          <TextField select fullWidth margin="dense" label={translate('app.policy.jurisdiction')} value={form?.jurisdictionCode ?? ''}
            onChange={set('jurisdictionCode')} error={!!errors.jurisdictionCode} helperText={errors.jurisdictionCode}>
            {all.filter(j => j.level !== 'COMMUNITY').map(j => <MenuItem key={j.code} value={j.code}>{j.name}</MenuItem>)}
          </TextField>
          {field('processKey', translate('app.policy.process'))}
          {field('stepId', translate('app.policy.step'))}
          {field('workingDays', translate('app.policy.workingDays'), { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
          {field('effectiveFrom', translate('app.policy.effectiveFrom'), { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
          {field('reason', translate('app.policy.reason'), { multiline: true, minRows: 2, required: true })}
          {failure && <Box sx={{ mt: 1 }}><Alert severity="error">{failure}</Alert></Box>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setForm(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={save}>{translate('ra.action.save')}</Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
