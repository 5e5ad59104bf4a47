import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import ReportIcon from '@mui/icons-material/ReportProblemOutlined';
import type { AppDataProvider } from '../dataProvider';

/** Roles that register objections to a 公示 (the server checks too). */
export const OBJECTION_ROLES = ['window-clerk', 'caseworker', 'street-reviewer'];

/** 登记异议: who objects (may stay anonymous) and what; 409 NOTICE_NOT_OPEN when the notice closed meanwhile. */
export const ObjectionButton = ({ caseNumber, size = 'small' }: { caseNumber: string; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [objector, setObjector] = useState('');
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setErrors({});
    setFailure(null);
  };
  const save = async () => {
    const local: Record<string, string> = {};
    if (!content.trim()) local.content = translate('app.validation.required');
    if (content.length > 2000) local.content = translate('ra.validation.maxLength', { max: 2000 });
    if (objector.length > 50) local.objector = translate('ra.validation.maxLength', { max: 50 });
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await dataProvider.registerObjection(caseNumber, { objector: objector.trim() || undefined, content: content.trim() });
      notify('app.progress.objectionSaved', { type: 'success' });
      setObjector('');
      setContent('');
      close();
      await queryClient.invalidateQueries();
      refresh();
    } catch (e: any) {
      const list = e?.body?.errors;
      if (Array.isArray(list) && list.length) setErrors(Object.fromEntries(list.map((x: any) => [x.field, x.message || x.code])));
      setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size={size} startIcon={<ReportIcon />} onClick={() => setOpen(true)} data-testid="register-objection">
        {translate('app.progress.objection')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.progress.objection')} · {caseNumber}</DialogTitle>
        <DialogContent>
          <TextField fullWidth margin="dense" label={translate('app.progress.objector')} value={objector}
            onChange={e => setObjector(e.target.value)} error={!!errors.objector} helperText={errors.objector} />
          <TextField fullWidth margin="dense" multiline minRows={4} required label={translate('app.progress.content')} value={content}
            onChange={e => setContent(e.target.value)} error={!!errors.content} helperText={errors.content} />
          {failure && <Alert severity="error" sx={{ mt: 1 }}>{failure}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={save} disabled={busy}>{translate('ra.action.save')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
