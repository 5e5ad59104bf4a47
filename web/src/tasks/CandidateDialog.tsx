import { FormEvent, useEffect, useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import {
  Alert, Autocomplete, Box, Button, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText,
  DialogTitle, TextField, Typography,
} from '@mui/material';
import type { AppDataProvider, Task } from '../dataProvider';
import { candidateLabel, CandidateOption, candidateOptions, CandidatePurpose, fieldError } from './candidates';
import { taskErrorMessage } from './useTaskAction';
import { useLeaveTask } from './useCompletion';

/**
 * 转派 / 委托: picks one of the users who could take the task (GET /candidates) and hands the task over. Enter
 * submits, Esc closes; a refusal for that user (422 NOT_A_CANDIDATE) shows at the input. A head stays on the
 * task after reassigning it; whoever delegated it goes back to the inbox, since the server no longer shows them
 * a task assigned to someone else.
 */
export const CandidateDialog = ({ task, purpose, open, onClose }: {
  task: Task; purpose: CandidatePurpose; open: boolean; onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const leave = useLeaveTask();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const [value, setValue] = useState<CandidateOption | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, isPending, error: loadError } = useQuery({
    queryKey: ['tasks', 'candidates', task.id],
    queryFn: () => dataProvider.taskCandidates(task.id),
    enabled: open,
    retry: false,
  });
  const options = candidateOptions(data, { assignee: task.assignee, me: identity?.id as string | undefined });

  useEffect(() => {
    if (!open) return;
    setValue(null);
    setInputError(null);
    setError(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!value) {
      setInputError(translate('ra.validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setInputError(null);
    try {
      if (purpose === 'reassign') await dataProvider.reassignTask(task.id, value.username);
      else await dataProvider.delegateTask(task.id, value.username);
      notify(purpose === 'reassign' ? 'app.tasks.reassigned' : 'app.tasks.delegated',
        { type: 'success', messageArgs: { name: value.displayName || value.username } });
      onClose();
      if (purpose === 'delegate') leave();
      else refresh();
    } catch (e: any) {
      const atInput = fieldError(e, 'username', translate);
      if (atInput) setInputError(atInput);
      else setError(taskErrorMessage(e, translate));
    } finally {
      setBusy(false);
    }
  };

  const title = purpose === 'reassign' ? 'app.tasks.reassignTitle' : 'app.tasks.delegateTitle';
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm"
      // Portals still bubble React events: keep clicks from reaching a list row behind.
      onClick={event => event.stopPropagation()}
      slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': `${purpose}-dialog` } as any }}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {purpose === 'reassign'
            ? translate('app.tasks.reassignHint', { name: task.name, caseNumber: task.caseNumber })
            : translate('app.tasks.delegateHint')}
        </DialogContentText>
        {loadError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate('app.tasks.candidatesFailed', { message: taskErrorMessage(loadError, translate) })}
          </Alert>
        )}
        <Autocomplete
          options={options}
          value={value}
          onChange={(_, next) => {
            setValue(next);
            setInputError(null);
          }}
          loading={isPending && open && !loadError}
          loadingText={<CircularProgress size={18} />}
          getOptionDisabled={option => option.disabled}
          getOptionLabel={candidateLabel}
          isOptionEqualToValue={(a, b) => a.username === b.username}
          noOptionsText={translate('app.tasks.noCandidates')}
          clearText={translate('ra.action.clear_input_value')}
          closeText={translate('ra.action.close')}
          openText={translate('ra.action.open')}
          openOnFocus
          autoHighlight
          renderOption={({ key, ...props }, option) => (
            <Box component="li" key={key} {...props} data-testid="candidate-option" data-username={option.username}>
              <Box sx={{ flex: 1 }}>
                <Typography variant="body2">{option.displayName || option.username}</Typography>
                <Typography variant="caption" color="text.secondary">{option.username}</Typography>
              </Box>
              {option.note && <Chip size="small" label={translate(option.note === 'me' ? 'app.tasks.me' : 'app.tasks.currentAssignee')} />}
            </Box>
          )}
          renderInput={params => (
            <TextField {...params} autoFocus label={translate('app.tasks.candidate')}
              placeholder={translate('app.tasks.candidateHint')} error={!!inputError} helperText={inputError ?? ' '} />
          )}
        />
        {error && <Alert severity="error" sx={{ mt: 1 }} data-testid={`${purpose}-error`}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={busy} data-testid={`${purpose}-submit`}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}>
          {translate(purpose === 'reassign' ? 'app.tasks.reassign' : 'app.tasks.delegate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
