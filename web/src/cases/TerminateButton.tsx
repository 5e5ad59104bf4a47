import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import type { AppDataProvider } from '../dataProvider';

export const TERMINATE_ROLES = ['caseworker', 'street-head'];

/** 终止审核 when the family refuses to cooperate: a required reason, then a second confirmation. */
export const TerminateButton = ({ caseNumber }: { caseNumber: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setConfirming(false);
    setError(null);
    setFailure(null);
  };
  const next = () => {
    if (!reason.trim()) return setError(translate('app.validation.required'));
    if (reason.length > 1000) return setError(translate('ra.validation.maxLength', { max: 1000 }));
    setError(null);
    setConfirming(true);
  };
  const terminate = async () => {
    setBusy(true);
    try {
      await dataProvider.terminateCase(caseNumber, reason.trim());
      notify('app.progress.terminated', { type: 'success' });
      close();
      await queryClient.invalidateQueries();
      refresh();
    } catch (e: any) {
      setConfirming(false);
      setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button color="error" size="small" startIcon={<BlockIcon />} onClick={() => setOpen(true)} data-testid="terminate-case">
        {translate('app.progress.terminate')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.progress.terminateTitle')} · {caseNumber}</DialogTitle>
        <DialogContent>
          <TextField fullWidth margin="dense" multiline minRows={3} required autoFocus disabled={confirming}
            label={translate('app.progress.terminateReason')} value={reason} onChange={e => setReason(e.target.value)}
            error={!!error} helperText={error} />
          {confirming && <DialogContentText sx={{ mt: 1 }} color="error">{translate('app.progress.terminateConfirm')}</DialogContentText>}
          {failure && <Alert severity="error" sx={{ mt: 1 }}>{failure}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          {confirming
            ? <Button color="error" variant="contained" onClick={terminate} disabled={busy} data-testid="confirm-terminate">{translate('ra.action.confirm')}</Button>
            : <Button variant="contained" onClick={next}>{translate('app.progress.terminate')}</Button>}
        </DialogActions>
      </Dialog>
    </>
  );
};
