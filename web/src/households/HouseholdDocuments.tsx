import { ChangeEvent, useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { hasAnyRole, HOUSEHOLD_EDIT_ROLES, PERSONAL_DATA_ROLES } from '../authProvider';
import {
  Alert, Box, Button, Dialog, DialogContent, DialogTitle, MenuItem, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { AppDataProvider } from '../dataProvider';
import { ENUMS, enumKey } from '../common/enums';
import { useFormatDate } from '../common/fields';

export const ALLOWED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const MAX_BYTES = 10 * 1024 * 1024;

/** Checks a file before upload: the key of the problem, or null when it may be sent. */
export const checkUpload = (file: { type: string; size: number }): string | null => {
  if (!ALLOWED_TYPES.includes(file.type)) return 'app.household.fileType';
  if (file.size > MAX_BYTES) return 'app.household.fileSize';
  return null;
};

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export const HouseholdDocuments = ({ record }: { record: any }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [kind, setKind] = useState('OTHER');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { permissions: roles } = usePermissions<string[]>();
  const canUpload = hasAnyRole(roles, HOUSEHOLD_EDIT_ROLES);
  const canPreview = hasAnyRole(roles, PERSONAL_DATA_ROLES);
  const [preview, setPreview] = useState<{ url: string; type: string; name: string } | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    setFile(null);
    setError(null);
    if (!chosen) return;
    const problem = checkUpload(chosen);
    if (problem) setError(translate(problem));
    else setFile(chosen);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    try {
      await dataProvider.uploadDocument(record.id, kind, file);
      notify('app.household.uploaded', { type: 'success' });
      setFile(null);
      refresh();
    } catch (e: any) {
      setError(e?.message ?? String(e));
    } finally {
      setBusy(false);
    }
  };

  const open = async (doc: any) => {
    try {
      const url = await dataProvider.documentUrl(record.id, doc.id);
      setPreview({ url, type: doc.contentType, name: doc.fileName });
    } catch (e: any) {
      notify(e?.message ?? String(e), { type: 'warning' });
    }
  };
  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };

  const documents: any[] = record.documents ?? [];
  return (
    <Box>
      {canUpload && <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField select size="small" label={translate('app.household.documentKind')} value={kind}
          onChange={e => setKind(e.target.value)} sx={{ width: 220 }} fullWidth={false}>
          {ENUMS.documentKind.map(k => <MenuItem key={k} value={k}>{translate(enumKey('documentKind', k))}</MenuItem>)}
        </TextField>
        <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
          {translate('app.household.chooseFile')}
          <input hidden type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" onChange={choose} data-testid="document-file" />
        </Button>
        {file && <Typography variant="body2">{file.name} ({size(file.size)})</Typography>}
        <Button variant="contained" disabled={!file || busy} onClick={upload}>{translate('app.household.upload')}</Button>
      </Box>}
      {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
      {documents.length === 0 ? (
        <Typography color="text.secondary">{translate('app.household.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.household.documentKind')}</TableCell>
              <TableCell>{translate('app.household.fileName')}</TableCell>
              <TableCell>{translate('app.household.size')}</TableCell>
              <TableCell>{translate('app.household.uploadedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {documents.map(doc => (
              <TableRow key={doc.id}>
                <TableCell>{translate(enumKey('documentKind', doc.kind), { _: doc.kind })}</TableCell>
                <TableCell>{doc.fileName}</TableCell>
                <TableCell>{size(doc.sizeBytes)}</TableCell>
                <TableCell>{formatDate(doc.uploadedAt)}</TableCell>
                <TableCell>{canPreview && <Button size="small" onClick={() => open(doc)}>{translate('app.household.preview')}</Button>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={!!preview} onClose={close} maxWidth="lg" fullWidth>
        <DialogTitle>{preview?.name}</DialogTitle>
        <DialogContent>
          {preview && (preview.type === 'application/pdf'
            ? <iframe title={preview.name} src={preview.url} style={{ width: '100%', height: '75vh', border: 0 }} />
            : <img alt={preview.name} src={preview.url} style={{ maxWidth: '100%' }} />)}
        </DialogContent>
      </Dialog>
    </Box>
  );
};
