import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { AppDataProvider } from '../dataProvider';

/** POST /api/users/{username}/lock or /unlock */
export const LockButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const username = record.username ?? record.id;
  const toggle = async (event: React.MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      if (record.locked) await dataProvider.unlockUser(username);
      else await dataProvider.lockUser(username);
      notify(record.locked ? 'app.users.unlocked' : 'app.users.locked', { type: 'success' });
      refresh();
    } catch (e: any) {
      notify(e?.message ?? String(e), { type: 'warning' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" disabled={busy} onClick={toggle} color={record.locked ? 'success' : 'warning'}
      startIcon={record.locked ? <LockOpenIcon /> : <LockIcon />}>
      {translate(record.locked ? 'app.users.unlock' : 'app.users.lock')}
    </Button>
  );
};
