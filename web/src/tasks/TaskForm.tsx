import { useEffect, useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box, Button, Card, CardContent, CardHeader, CircularProgress } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import type { FormSchema, Task } from '../dataProvider';
import { translateFormJsErrors } from './formJsMessages';
import { serverFieldErrors, ShownFieldError } from './taskForm';
import { useCompletion } from './useCompletion';

type FormViewer = {
  get: (service: string) => any;
  importSchema: (schema: unknown, data?: unknown) => Promise<unknown>;
  submit: () => { data: Record<string, unknown>; errors: Record<string, string[]> };
  destroy: () => void;
  on: (event: string, callback: (state: { errors?: Record<string, string[]> }) => void) => void;
};

/**
 * 办理表单: the step's form-js form. 办结 validates it with form-js, then POSTs its data to complete the task; a 422
 * lists the server's field errors under the form, a 204 goes back to the inbox.
 */
export const TaskForm = ({ task, schema }: { task: Task; schema: FormSchema }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const complete = useCompletion(task);
  // The form keeps what was typed when the language changes; its messages follow the language through this.
  const translateRef = useRef(translate);
  translateRef.current = translate;
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<FormViewer | null>(null);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ShownFieldError[]>([]);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let viewer: FormViewer | null = null;
    setReady(false);
    (async () => {
      const { Form } = await import('@bpmn-io/form-js');
      if (cancelled || !container.current) return;
      viewer = new Form({ container: container.current }) as unknown as FormViewer;
      translateFormJsErrors(viewer.get('validator'), (key, options) => translateRef.current(key, options));
      await viewer.importSchema(schema, {});
      // Once corrected, the hint to correct the fields goes away (form-js revalidates on change after a submit).
      viewer.on('changed', state => {
        if (!Object.keys(state?.errors ?? {}).length) setInvalid(false);
      });
      if (cancelled) return;
      form.current = viewer;
      setReady(true);
    })().catch(e => !cancelled && notify(String(e?.message ?? e), { type: 'error' }));
    return () => {
      cancelled = true;
      viewer?.destroy();
      form.current = null;
    };
  }, [schema]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    if (!form.current || busy) return;
    const { data, errors: clientErrors } = form.current.submit();
    setErrors([]);
    if (Object.keys(clientErrors ?? {}).length) {
      setInvalid(true); // form-js shows each message at its field
      return;
    }
    setInvalid(false);
    setBusy(true);
    const result = await complete(data);
    if (!result.ok) setErrors(serverFieldErrors(schema, result.fieldErrors));
    setBusy(false);
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="task-form-card">
      <CardHeader title={translate('app.tasks.form.title')} />
      <CardContent>
        {!ready && <CircularProgress size={24} />}
        <Box ref={container} data-testid="task-form" className="task-form" />
        {invalid && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="task-form-invalid">
            {translate('app.tasks.form.invalid')}
          </Alert>
        )}
        {errors.length > 0 && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="task-form-errors">
            <AlertTitle>{translate('app.tasks.form.refused')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {errors.map((error, index) => (
                <li key={index} data-field={error.field}>
                  {error.label ? <strong>{error.label}：</strong> : null}{error.message}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
          <Button variant="contained" startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <TaskAltIcon />}
            disabled={!ready || busy} onClick={submit} data-testid="submit-task-form">
            {translate('app.tasks.complete')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};
