import { FormEvent, KeyboardEvent, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { Box, Button, Card, CardContent, CardHeader, CircularProgress, TextField, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import type { AppDataProvider, Task } from '../dataProvider';
import { fieldError } from './candidates';
import { isSubmitShortcut } from './keyboard';
import { taskErrorMessage } from './useTaskAction';

export const COMMENT_MAX = 1000;

/** 评论: a note on the task that lands on the case timeline (POST /comments); Ctrl+Enter posts it. */
export const TaskComments = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const length = text.trim().length;
  const tooLong = length > COMMENT_MAX;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || !length || tooLong) return;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.commentTask(task.id, text.trim());
      setText('');
      notify('app.tasks.comments.posted', { type: 'success' });
      // A case read still under way began before the comment existed: drop it rather than wait for it.
      await queryClient.cancelQueries({ queryKey: ['cases'] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    } catch (e: any) {
      setError(fieldError(e, 'text', translate) ?? taskErrorMessage(e, translate));
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isSubmitShortcut(event)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="task-comments">
      <CardHeader title={translate('app.tasks.comments.title')} />
      <CardContent component="form" onSubmit={submit} sx={{ pt: 0 }}>
        <TextField multiline minRows={3} fullWidth value={text} onChange={e => {
          setText(e.target.value);
          setError(null);
        }}
          onKeyDown={onKeyDown} label={translate('app.tasks.comments.label')}
          placeholder={translate('app.tasks.comments.placeholder')} error={!!error || tooLong}
          helperText={error ?? (tooLong ? translate('app.tasks.comments.tooLong', { max: COMMENT_MAX, count: length }) : translate('app.tasks.comments.hint'))}
          slotProps={{ htmlInput: { 'data-testid': 'comment-text' } }} />
        <Box sx={{ display: 'flex', alignItems: 'center', mt: 1 }}>
          <Typography variant="caption" color={tooLong ? 'error' : 'text.secondary'}>{length} / {COMMENT_MAX}</Typography>
          <Box sx={{ flex: 1 }} />
          <Button type="submit" variant="contained" disabled={busy || !length || tooLong} data-testid="comment-submit"
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <SendIcon />}>
            {translate('app.tasks.comments.submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};
