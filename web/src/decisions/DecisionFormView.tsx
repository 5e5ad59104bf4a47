import { KeyboardEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Alert, Box, Button, FormControl, FormControlLabel, FormHelperText, FormLabel, IconButton, Radio, RadioGroup,
  TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import SendIcon from '@mui/icons-material/Send';
import {
  buildPayload, DecisionDraft, editorRowOf, emptyDraft, MAX_REASONS, validateDraft, VerdictField,
} from './decisionForm';

type FieldError = { field?: string | null; code?: string | null; message?: string | null };

/** The field errors of a refused completion: a thrown HttpError's body, or a `{ ok: false, fieldErrors }` result. */
const fieldErrorsOf = (outcome: any): FieldError[] | null => {
  if (outcome && outcome.ok === false && Array.isArray(outcome.fieldErrors)) return outcome.fieldErrors;
  const list = outcome?.body?.problemErrors ?? outcome?.body?.errors;
  return Array.isArray(list) ? list : null;
};

/**
 * 同意/不同意 with the reasons a refusal needs and a note; Ctrl+Enter submits. Errors found here and the server's
 * field errors (422) show at their fields; other failures show above the button.
 */
export const DecisionFormView = ({ field, onSubmit }: {
  field: VerdictField; onSubmit: (data: Record<string, unknown>) => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<DecisionDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<DecisionDraft>) => setDraft(current => ({ ...current, ...change }));
  const setReason = (index: number, text: string) =>
    update({ reasons: draft.reasons.map((r, i) => (i === index ? text : r)) });

  const submit = async () => {
    if (busy) return;
    const problems = validateDraft(draft, field);
    setFailure(null);
    if (problems.length) {
      setErrors(Object.fromEntries(problems.map(p => [p.field, translate(p.key, p.args)])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const outcome = await onSubmit(buildPayload(draft, field));
      const refused = fieldErrorsOf(outcome);
      if (refused) showServerErrors(refused);
    } catch (e: any) {
      const refused = fieldErrorsOf(e);
      if (refused?.length) showServerErrors(refused);
      else setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };

  const showServerErrors = (list: FieldError[]) => {
    const shown: Record<string, string> = {};
    for (const error of list) {
      let key = error.field || '_';
      const reason = /^reasons\[(\d+)\]$/.exec(key);
      if (reason) key = `reasons[${Math.max(editorRowOf(draft.reasons, Number(reason[1])), 0)}]`;
      shown[key] = error.message || error.code || '';
    }
    setErrors(shown);
    setFailure(translate('app.decision.refused'));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      submit();
    }
  };

  const refusing = draft.verdict === 'REFUSE';
  return (
    <Box onKeyDown={onKeyDown} data-testid="decision-form">
      <FormControl error={!!errors[field]} required>
        <FormLabel>{translate(field === 'opinion' ? 'app.decision.opinionLabel' : 'app.decision.decisionLabel')}</FormLabel>
        <RadioGroup row value={draft.verdict ?? ''} onChange={e => update({ verdict: e.target.value as DecisionDraft['verdict'] })}>
          <FormControlLabel value="APPROVE" control={<Radio />} label={translate('app.decision.approve')} data-testid="verdict-approve" />
          <FormControlLabel value="REFUSE" control={<Radio />} label={translate('app.decision.refuse')} data-testid="verdict-refuse" />
        </RadioGroup>
        {errors[field] && <FormHelperText data-testid={`error-${field}`}>{errors[field]}</FormHelperText>}
      </FormControl>
      {refusing && (
        <Box sx={{ mt: 1 }} data-testid="reasons">
          <Typography variant="body2" color={errors.reasons ? 'error' : 'text.secondary'}>{translate('app.decision.reasons')} *</Typography>
          {draft.reasons.map((reason, index) => (
            <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 1 }}>
              <TextField size="small" fullWidth label={translate('app.decision.reason', { n: index + 1 })} value={reason}
                onChange={e => setReason(index, e.target.value)} error={!!errors[`reasons[${index}]`]}
                helperText={errors[`reasons[${index}]`]} slotProps={{ htmlInput: { maxLength: 250 } }} />
              <IconButton aria-label={translate('app.decision.removeReason')} disabled={draft.reasons.length === 1}
                onClick={() => update({ reasons: draft.reasons.filter((_, i) => i !== index) })}><DeleteIcon /></IconButton>
            </Box>
          ))}
          {errors.reasons && <FormHelperText error data-testid="error-reasons">{errors.reasons}</FormHelperText>}
          <Button size="small" startIcon={<AddIcon />} sx={{ mt: 1 }} disabled={draft.reasons.length >= MAX_REASONS}
            onClick={() => update({ reasons: [...draft.reasons, ''] })}>{translate('app.decision.addReason')}</Button>
        </Box>
      )}
      <TextField fullWidth multiline minRows={2} sx={{ mt: 2 }} label={translate('app.decision.note')} value={draft.note}
        onChange={e => update({ note: e.target.value })} error={!!errors.note} helperText={errors.note} />
      {failure && <Alert severity="error" sx={{ mt: 2 }} data-testid="decision-failure">
        {failure}
        {errors._ && <div>{errors._}</div>}
      </Alert>}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2 }}>
        <Button variant="contained" startIcon={<SendIcon />} onClick={submit} disabled={busy} data-testid="submit-decision">
          {translate('app.decision.submit')}
        </Button>
        <Typography variant="caption" color="text.secondary">{translate('app.decision.submitHint')}</Typography>
      </Box>
    </Box>
  );
};
