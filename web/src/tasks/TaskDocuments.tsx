import { ChangeEvent, useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, CircularProgress, LinearProgress, Link, List, ListItem,
  ListItemText, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import type { AppDataProvider, CaseDocument, Task } from '../dataProvider';
import { hasAnyRole, PERSONAL_DATA_ROLES } from '../authProvider';
import { ENUMS, enumKey } from '../common/enums';
import { useFormatDate } from '../common/fields';
import { checkUpload } from '../households/HouseholdDocuments';
import { fileSize, uploadErrorMessage } from './documents';

type Upload = { key: string; name: string; size: number; progress: number; state: 'waiting' | 'sending' | 'done' | 'failed'; error?: string };

/** Opens a document the browser cannot fetch by link (the API wants the bearer token) as a download. */
const download = async (dataProvider: AppDataProvider, doc: CaseDocument) => {
  const url = await dataProvider.documentUrl(doc.householdId, doc.id);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = doc.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/**
 * 附件: the documents of the task's case, with download links; the assignee attaches more (kind, several files,
 * progress and the reason of each refusal per file). Files go into the household file, linked to this step.
 */
export const TaskDocuments = ({ task, canUpload, stepNames = {} }: {
  task: Task; canUpload: boolean; stepNames?: Record<string, string>;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions: roles } = usePermissions<string[]>();
  const canDownload = hasAnyRole(roles, PERSONAL_DATA_ROLES);
  const [kind, setKind] = useState('OTHER');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const queryKey = ['tasks', 'documents', task.id];
  const { data: documents = [], isPending, error } = useQuery({
    queryKey, queryFn: () => dataProvider.taskDocuments(task.id), retry: false,
  });
  const sending = uploads.some(u => u.state === 'sending' || u.state === 'waiting');

  const update = (key: string, change: Partial<Upload>) =>
    setUploads(list => list.map(u => (u.key === key ? { ...u, ...change } : u)));

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (!files.length) return;
    const batch = files.map((file, index) => {
      const problem = checkUpload(file);
      const upload: Upload = {
        key: `${Date.now()}-${index}-${file.name}`, name: file.name, size: file.size, progress: 0,
        state: problem ? 'failed' : 'waiting', error: problem ? translate(problem) : undefined,
      };
      return { file, upload };
    });
    setUploads(list => [...batch.map(b => b.upload), ...list.filter(u => u.state !== 'done')]);
    // One after the other: two cores and a shared uplink at a street office.
    for (const { file, upload } of batch) {
      if (upload.state === 'failed') continue;
      update(upload.key, { state: 'sending' });
      try {
        await dataProvider.uploadTaskDocument(task.id, kind, file, progress => update(upload.key, { progress }));
        update(upload.key, { state: 'done', progress: 1 });
      } catch (e: any) {
        update(upload.key, { state: 'failed', error: uploadErrorMessage(e, translate) });
      }
    }
    await queryClient.cancelQueries({ queryKey }); // a list read begun before the uploads would miss them
    await queryClient.invalidateQueries({ queryKey });
  };

  const open = async (doc: CaseDocument) => {
    try {
      await download(dataProvider, doc);
    } catch (e: any) {
      notify(uploadErrorMessage(e, translate), { type: 'warning' });
    }
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="task-documents">
      <CardHeader title={translate('app.tasks.documents.title')} />
      <CardContent sx={{ pt: 0 }}>
        {canUpload && (
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <TextField select size="small" label={translate('app.household.documentKind')} value={kind}
              onChange={e => setKind(e.target.value)} sx={{ width: 220 }}
              slotProps={{ select: { inputProps: { 'data-testid': 'document-kind' } } }}>
              {ENUMS.documentKind.map(k => <MenuItem key={k} value={k}>{translate(enumKey('documentKind', k))}</MenuItem>)}
            </TextField>
            <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={sending}>
              {translate('app.tasks.documents.choose')}
              <input hidden multiple type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                onChange={choose} data-testid="task-document-file" />
            </Button>
            {uploads.length > 0 && !sending && (
              <Button size="small" onClick={() => setUploads([])}>{translate('app.tasks.documents.clear')}</Button>
            )}
          </Box>
        )}
        {uploads.length > 0 && (
          <List dense disablePadding sx={{ mb: 2 }} data-testid="upload-list">
            {uploads.map(upload => (
              <ListItem key={upload.key} disableGutters data-testid="upload-row" data-state={upload.state}>
                <Box sx={{ mr: 1, display: 'flex' }}>
                  {upload.state === 'done' && <CheckCircleIcon color="success" fontSize="small" />}
                  {upload.state === 'failed' && <ErrorIcon color="error" fontSize="small" />}
                  {(upload.state === 'sending' || upload.state === 'waiting') && <CircularProgress size={18} />}
                </Box>
                <ListItemText
                  primary={`${upload.name}（${fileSize(upload.size)}）`}
                  secondary={upload.state === 'failed' ? upload.error
                    : upload.state === 'done' ? translate('app.tasks.documents.uploaded')
                      : translate('app.tasks.documents.uploading', { percent: Math.round(upload.progress * 100) })}
                  slotProps={{ secondary: { color: upload.state === 'failed' ? 'error' : 'text.secondary' } }}
                />
                {upload.state === 'sending' && (
                  <LinearProgress variant="determinate" value={upload.progress * 100} sx={{ width: 160, ml: 2 }} />
                )}
              </ListItem>
            ))}
          </List>
        )}
        {isPending && <CircularProgress size={24} />}
        {error && <Alert severity="warning">{uploadErrorMessage(error, translate)}</Alert>}
        {!isPending && !error && documents.length === 0 && (
          <Typography color="text.secondary">{translate('app.tasks.documents.none')}</Typography>
        )}
        {documents.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.household.documentKind')}</TableCell>
                <TableCell>{translate('app.household.fileName')}</TableCell>
                <TableCell>{translate('app.household.size')}</TableCell>
                <TableCell>{translate('app.tasks.documents.step')}</TableCell>
                <TableCell>{translate('app.household.uploadedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map(doc => (
                <TableRow key={doc.id} data-testid="task-document">
                  <TableCell>{translate(enumKey('documentKind', doc.kind), { _: doc.kind })}</TableCell>
                  <TableCell>
                    {canDownload
                      ? <Link component="button" type="button" onClick={() => open(doc)} title={translate('app.tasks.documents.download')}>{doc.fileName}</Link>
                      : <span title={translate('app.tasks.documents.forbidden')}>{doc.fileName}</span>}
                  </TableCell>
                  <TableCell>{fileSize(doc.sizeBytes)}</TableCell>
                  <TableCell>{doc.generated ? translate('app.tasks.documents.generated') : doc.taskId === task.id ? translate('app.tasks.documents.thisStep') : (doc.step && stepNames[doc.step]) || doc.step || '—'}</TableCell>
                  <TableCell>{formatDate(doc.uploadedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
