import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import type { AppDataProvider } from '../dataProvider';

/** POST /api/users/{username}/reset-password */
export const ResetPasswordButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;
  const tooShort = password.length > 0 && password.length < 10;
  const save = async () => {
    try {
      await dataProvider.resetPassword(record.username ?? record.id, password);
      notify('app.users.passwordReset', { type: 'success' });
      setOpen(false);
      setPassword('');
    } catch (e: any) {
      setError(e?.body?.errors?.[0]?.message ?? e?.message ?? String(e));
    }
  };
  return (
    <>
      <Button size="small" startIcon={<KeyIcon />} onClick={() => { setOpen(true); setError(null); }}>
        {translate('app.users.resetPassword')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.users.resetPassword')} · {record.username}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth type="password" margin="dense" label={translate('app.users.newPassword')}
            value={password} onChange={e => setPassword(e.target.value)}
            error={tooShort || !!error} helperText={tooShort ? translate('app.validation.passwordLength') : error ?? ' '} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={password.length < 10} onClick={save}>{translate('ra.action.save')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
