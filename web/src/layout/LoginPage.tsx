import { FormEvent, useState } from 'react';
import { useLocaleState, useLogin, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CircularProgress, MenuItem, TextField, Typography,
} from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { LOCALES } from '../i18n';

export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [locale, setLocale] = useLocaleState();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ username: username.trim(), password });
    } catch (e: any) {
      setError(translate(e?.message || 'app.login.failed', { _: e?.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{
      minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center',
      background: 'linear-gradient(135deg, #1d4f91 0%, #3a6fb5 60%, #e9eef6 100%)',
    }}>
      <Card sx={{ width: 400, maxWidth: '92vw' }} elevation={6}>
        <CardContent sx={{ p: 4 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
            <AccountBalanceIcon color="primary" fontSize="large" />
            <Box>
              <Typography variant="h6" sx={{ fontWeight: 700 }}>{translate('app.title')}</Typography>
              <Typography variant="body2" color="text.secondary">{translate('app.subtitle')}</Typography>
            </Box>
          </Box>
          <Box component="form" onSubmit={submit} sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
            {error && <Alert severity="error" data-testid="login-error">{error}</Alert>}
            <TextField
              label={translate('app.login.username')} name="username" autoComplete="username" autoFocus
              value={username} onChange={e => setUsername(e.target.value)} required fullWidth
            />
            <TextField
              label={translate('app.login.password')} name="password" type="password" autoComplete="current-password"
              value={password} onChange={e => setPassword(e.target.value)} required fullWidth
            />
            <Button type="submit" variant="contained" size="large" disabled={busy}
              startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}>
              {translate('app.login.submit')}
            </Button>
            <TextField
              select size="small" label={translate('app.language')} value={locale}
              onChange={e => setLocale(e.target.value)} fullWidth={false} sx={{ alignSelf: 'flex-end', width: 160 }}
              slotProps={{ select: { inputProps: { 'data-testid': 'login-locale' } } }}
            >
              {LOCALES.map(l => <MenuItem key={l.locale} value={l.locale}>{l.name}</MenuItem>)}
            </TextField>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
