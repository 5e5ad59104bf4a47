import { useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Dialog, DialogContent, DialogTitle, ListItemIcon, ListItemText, MenuItem,
  Stack, TextField, Typography,
} from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { apiFetch, Problem } from '../dataProvider/http';
import { getSession, setSession } from '../dataProvider/session';

type Errors = { currentPassword?: string; newPassword?: string; confirm?: string; form?: string };

/**
 * POST /api/auth/password {currentPassword, newPassword}: the form of the 修改密码 dialog and of the forced change
 * after an administrator's reset. The server's field messages (Chinese) are shown under their fields.
 */
export const PasswordChangeForm = ({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) => {
  const translate = useTranslate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (next !== confirm) {
      setErrors({ confirm: translate('app.password.mismatch') });
      return;
    }
    setSaving(true);
    try {
      const response = await apiFetch('/api/auth/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword: current, newPassword: next }),
      });
      if (response.ok) {
        const session = getSession();
        if (session) setSession({ ...session, user: { ...session.user, passwordChangeRequired: false } });
        setErrors({});
        onDone();
        return;
      }
      const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
      const found: Errors = {};
      for (const error of problem?.errors ?? []) {
        if (error.field === 'currentPassword' || error.field === 'newPassword') {
          found[error.field] = found[error.field] ?? error.message ?? error.code;
        }
      }
      if (!found.currentPassword && !found.newPassword) found.form = problem?.title ?? translate('app.password.failed');
      setErrors(found);
    } catch {
      setErrors({ form: translate('app.password.failed') });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="password-change-form">
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        <TextField type="password" label={translate('app.password.current')} value={current} autoFocus
          autoComplete="current-password" onChange={e => setCurrent(e.target.value)}
          error={!!errors.currentPassword} helperText={errors.currentPassword ?? ' '}
          slotProps={{ htmlInput: { 'data-testid': 'password-current' } }} />
        <TextField type="password" label={translate('app.password.next')} value={next}
          autoComplete="new-password" onChange={e => setNext(e.target.value)}
          error={!!errors.newPassword} helperText={errors.newPassword ?? translate('app.password.rules')}
          slotProps={{ htmlInput: { 'data-testid': 'password-new' } }} />
        <TextField type="password" label={translate('app.password.confirm')} value={confirm}
          autoComplete="new-password" onChange={e => setConfirm(e.target.value)}
          error={!!errors.confirm} helperText={errors.confirm ?? ' '}
          slotProps={{ htmlInput: { 'data-testid': 'password-confirm' } }} />
        {errors.form && <Alert severity="error">{errors.form}</Alert>}
        <Stack direction="row" spacing={1} justifyContent="flex-end">
          {onCancel && <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>}
          <Button type="submit" variant="contained" disabled={saving || !current || next.length < 10 || !confirm}
            data-testid="password-save">
            {translate('app.password.save')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
};

/** 修改密码 in the user menu: a dialog with {@link PasswordChangeForm}. */
export const ChangePasswordMenuItem = ({ onChanged }: { onChanged?: () => void }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <MenuItem onClick={() => { setOpen(true); setDone(false); }} data-testid="change-password-menu-item">
        <ListItemIcon><KeyIcon fontSize="small" /></ListItemIcon>
        <ListItemText>{translate('app.password.change')}</ListItemText>
      </MenuItem>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('app.password.change')}</DialogTitle>
        <DialogContent>
          {done
            ? <Alert severity="success" data-testid="password-changed">{translate('app.password.changed')}</Alert>
            : <PasswordChangeForm onCancel={() => setOpen(false)} onDone={() => { setDone(true); onChanged?.(); }} />}
        </DialogContent>
      </Dialog>
    </>
  );
};

/** The screen after signing in with a password an administrator reset: nothing else until it is changed. */
export const ForcedPasswordChange = ({ onDone, onSignOut }: { onDone: () => void; onSignOut: () => void }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}
      data-testid="forced-password-change">
      <Card sx={{ width: '100%', maxWidth: 460 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('app.password.forcedTitle')}</Typography>
          <Typography variant="body2" color="text.secondary">{translate('app.password.forcedHint')}</Typography>
          <PasswordChangeForm onDone={onDone} />
          <Button size="small" sx={{ mt: 1 }} onClick={onSignOut}>{translate('app.password.signOut')}</Button>
        </CardContent>
      </Card>
    </Box>
  );
};
