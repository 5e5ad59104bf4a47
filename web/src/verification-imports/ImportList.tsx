import { ChangeEvent, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress,
  MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { AppDataProvider } from '../dataProvider';
import { useFormatDate } from '../common/fields';
import { importErrorRows, ImportErrorRow } from './rowErrors';

/** 导入数据: source (its columns shown), extract date, file; progress while uploading; a 422 as a table of rows. */
const ImportDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: sources = [] } = useQuery({ queryKey: ['verification-sources'], queryFn: () => dataProvider.verificationSources(), staleTime: Infinity });
  const [source, setSource] = useState('');
  const [extractDate, setExtractDate] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rows, setRows] = useState<ImportErrorRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const chosen = sources.find(s => s.code === source);
  const columnName = (code: string) => chosen?.columns.find(c => c.code === code)?.name ?? code;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    event.target.value = '';
    setRows([]);
    setFailure(null);
    setResult(null);
  };
  const upload = async () => {
    const local: Record<string, string> = {};
    if (!source) local.source = translate('app.validation.required');
    if (!extractDate) local.extractDate = translate('app.validation.required');
    if (!file) local.file = translate('app.validation.required');
    setErrors(local);
    setRows([]);
    setFailure(null);
    setResult(null);
    if (Object.keys(local).length || !file) return;
    setProgress(0);
    try {
      const { created, extract } = await dataProvider.importExtract(source, extractDate, file, setProgress);
      const message = created ? translate('app.imports.created', { rows: extract.rows }) : translate('app.imports.duplicate');
      setResult(message);
      notify(message, { type: created ? 'success' : 'info' });
      await queryClient.invalidateQueries({ queryKey: ['verification-imports'] });
    } catch (e: any) {
      const list = e?.body?.errors ?? [];
      const table = importErrorRows(list, columnName);
      const fieldLevel = Object.fromEntries(list.filter((x: any) => ['source', 'extractDate', 'file'].includes(x.field))
        .map((x: any) => [x.field, x.message || x.code]));
      setErrors(fieldLevel);
      setRows(table.filter(r => !['source', 'extractDate', 'file'].includes(r.column)));
      // The server's title already says how many problems there were.
      setFailure(e?.body?.title || e?.message || String(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('app.imports.import')}</DialogTitle>
      <DialogContent>
        <TextField select fullWidth margin="dense" label={translate('app.imports.source')} value={source}
          onChange={e => setSource(e.target.value)} error={!!errors.source} helperText={errors.source} data-testid="import-source">
          {sources.map(s => <MenuItem key={s.code} value={s.code}>{s.name}（{s.code}）</MenuItem>)}
        </TextField>
        {chosen && (
          <Box sx={{ my: 1 }} data-testid="source-columns">
            <Typography variant="caption" color="text.secondary">{translate('app.imports.columns')}</Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
              {chosen.columns.map(c => (
                <Chip key={c.code} size="small" variant={c.required ? 'filled' : 'outlined'}
                  title={c.choices.length ? c.choices.join(' / ') : c.type}
                  label={`${c.code} ${c.name}${c.required ? ' *' : ''}`} />
              ))}
            </Box>
          </Box>
        )}
        <TextField fullWidth margin="dense" type="date" label={translate('app.imports.extractDate')} value={extractDate}
          onChange={e => setExtractDate(e.target.value)} error={!!errors.extractDate} helperText={errors.extractDate}
          slotProps={{ inputLabel: { shrink: true } }} />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('app.imports.chooseFile')}
            <input hidden type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} data-testid="import-file" />
          </Button>
          <Typography variant="body2" color={errors.file ? 'error' : 'text.secondary'}>{file?.name ?? errors.file ?? translate('app.imports.file')}</Typography>
        </Box>
        {progress != null && (
          <Box sx={{ mt: 2 }}>
            <LinearProgress variant="determinate" value={Math.round(progress * 100)} />
            <Typography variant="caption">{translate('app.imports.uploading', { percent: Math.round(progress * 100) })}</Typography>
          </Box>
        )}
        {result && <Alert severity="success" sx={{ mt: 2 }} data-testid="import-result">{result}</Alert>}
        {failure && <Alert severity="error" sx={{ mt: 2 }} data-testid="import-failure">{failure}{rows.length > 0 && <div>{translate('app.imports.refused')}</div>}</Alert>}
        {rows.length > 0 && (
          <Box sx={{ maxHeight: 320, overflow: 'auto', mt: 1 }}>
            <Table size="small" stickyHeader data-testid="import-errors">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.imports.line')}</TableCell>
                  <TableCell>{translate('app.imports.column')}</TableCell>
                  <TableCell>{translate('app.imports.problem')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, i) => (
                  <TableRow key={i}>
                    <TableCell>{row.line ?? translate('app.imports.header')}</TableCell>
                    <TableCell>{row.column}</TableCell>
                    <TableCell>{row.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" onClick={upload} disabled={progress != null} data-testid="upload-extract">{translate('app.imports.import')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** 核对数据导入: the imported extracts, newest first, and the import dialog. */
export const ImportList = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { data = [], error } = useQuery({ queryKey: ['verification-imports'], queryFn: () => dataProvider.extractImports() });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.imports.title')} />
      <CardHeader title={translate('app.imports.title')}
        action={<Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)} data-testid="open-import">{translate('app.imports.import')}</Button>} />
      <CardContent>
        {error && <Alert severity="warning">{(error as any)?.message}</Alert>}
        {data.length === 0 ? <Alert severity="info">{translate('app.imports.empty')}</Alert> : (
          <Table size="small" data-testid="imports">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.imports.source')}</TableCell>
                <TableCell>{translate('app.imports.extractDate')}</TableCell>
                <TableCell align="right">{translate('app.imports.rows')}</TableCell>
                <TableCell>{translate('app.imports.fileName')}</TableCell>
                <TableCell>{translate('app.imports.importedBy')}</TableCell>
                <TableCell>{translate('app.imports.importedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map(row => (
                <TableRow key={row.id}>
                  <TableCell>{row.sourceName}</TableCell>
                  <TableCell>{row.extractDate}</TableCell>
                  <TableCell align="right">{row.rows}</TableCell>
                  <TableCell title={row.sha256}>{row.fileName}</TableCell>
                  <TableCell>{row.importedBy}</TableCell>
                  <TableCell>{formatDate(row.importedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </Card>
  );
};
