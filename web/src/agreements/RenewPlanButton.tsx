import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { ApiProblem, sendJson } from './api';

/**
 * 续签帮扶计划: starts the agreement process anew for an enrolled household (a renewal: the caseworker drafts the
 * next plan version, it is reviewed and signed again), after a confirmation.
 */
export const RenewPlanButton = ({ caseNumber }: { caseNumber: string }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const close = () => {
    setOpen(false);
    setFailure(null);
  };
  const renew = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await sendJson('/api/agreements/processes', 'POST', { caseNumber, renewal: true });
      setStarted(true);
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
    } catch (e) {
      setFailure(e instanceof ApiProblem && e.problem.code === 'AGREEMENT_PROCESS_RUNNING'
        ? translate('agreements.renewal.running')
        : e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="outlined" size="small" onClick={() => { setStarted(false); setOpen(true); }} data-testid="renew-plan">
        {translate('agreements.renewal.button')}
      </Button>
      {started && <Alert severity="success" sx={{ mt: 1 }} data-testid="renew-plan-started">{translate('agreements.renewal.started')}</Alert>}
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('agreements.renewal.button')} · {caseNumber}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('agreements.renewal.confirm')}</DialogContentText>
          {failure && <Alert severity="error" sx={{ mt: 1 }} data-testid="renew-plan-error">{failure}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={renew} disabled={busy} data-testid="confirm-renew-plan">{translate('ra.action.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
