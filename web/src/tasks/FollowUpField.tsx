import { FormEvent, useEffect, useState } from 'react';
import { useDataProvider, useLocale, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Box, Button, TextField, Typography } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import type { AppDataProvider, Task } from '../dataProvider';
import { fieldError } from './candidates';
import { localDay } from './localDay';
import { taskErrorMessage } from './useTaskAction';

/** 提醒日期: the day the task should come back to mind (PUT /follow-up, today or later); read-only when not mine to set. */
export const FollowUpField = ({ task, editable }: { task: Task; editable: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const current = localDay(task.followUp);
  const [day, setDay] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDay(current), [current]);

  if (!editable) {
    return <Typography variant="body1">{task.followUp ? new Date(task.followUp).toLocaleDateString(locale) : '—'}</Typography>;
  }
  const today = localDay(new Date());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!day || day === current || busy) return;
    if (day < today) {
      setError(translate('app.tasks.followUp.notBefore'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await dataProvider.setFollowUp(task.id, day);
      notify('app.tasks.followUp.saved', { type: 'success', messageArgs: { day } });
      refresh();
    } catch (e: any) {
      setError(fieldError(e, 'day', translate) ?? taskErrorMessage(e, translate));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 0.5 }}>
      <TextField type="date" size="small" value={day} onChange={e => {
        setDay(e.target.value);
        setError(null);
      }}
        error={!!error} helperText={error ?? undefined} sx={{ width: 170 }}
        slotProps={{ htmlInput: { min: today, 'aria-label': translate('app.tasks.followUp.label'), 'data-testid': 'follow-up-day' } }} />
      <Button type="submit" size="small" startIcon={<AlarmIcon />} disabled={busy || !day || day === current}
        data-testid="follow-up-save" sx={{ mt: 0.5 }}>
        {translate('app.tasks.followUp.set')}
      </Button>
    </Box>
  );
};
