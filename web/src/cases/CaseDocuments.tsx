import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import {
  Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import type { AppDataProvider } from '../dataProvider';
import type { CaseDocument } from '../dataProvider/process';
import { useFormatDate } from '../common/fields';
import { enumKey } from '../common/enums';

/** The case's generated notices and attached files; a PDF or image opens in a preview that can be printed. */
export const CaseDocuments = ({ caseNumber }: { caseNumber: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const frame = useRef<HTMLIFrameElement>(null);
  const [preview, setPreview] = useState<{ url: string; doc: CaseDocument } | null>(null);
  const { data = [] } = useQuery({ queryKey: ['case-documents', caseNumber], queryFn: () => dataProvider.caseDocuments(caseNumber) });

  const open = async (doc: CaseDocument) => {
    try {
      setPreview({ url: await dataProvider.documentUrl(doc.householdId, doc.id), doc });
    } catch (e: any) {
      notify(e?.body?.title || e?.message || String(e), { type: 'warning' });
    }
  };
  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };
  if (!data.length) return <Box sx={{ color: 'text.secondary' }}>{translate('app.progress.none')}</Box>;
  return (
    <>
      <Table size="small" data-testid="case-documents">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.household.fileName')}</TableCell>
            <TableCell>{translate('app.household.documentKind')}</TableCell>
            <TableCell>{translate('app.progress.step')}</TableCell>
            <TableCell>{translate('app.household.uploadedAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map(doc => (
            <TableRow key={doc.id}>
              <TableCell>{doc.fileName}</TableCell>
              <TableCell>
                {translate(enumKey('documentKind', doc.kind), { _: doc.kind })}
                <Chip size="small" sx={{ ml: 1 }} variant="outlined" label={translate(doc.generated ? 'app.progress.generated' : 'app.progress.attached')} />
              </TableCell>
              <TableCell>{doc.step ?? '—'}</TableCell>
              <TableCell>{formatDate(doc.uploadedAt)}</TableCell>
              <TableCell align="right"><Button size="small" onClick={() => open(doc)}>{translate('app.progress.preview')}</Button></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog open={!!preview} onClose={close} fullWidth maxWidth="lg">
        <DialogTitle>{preview?.doc.fileName}</DialogTitle>
        <DialogContent sx={{ height: '75vh' }}>
          {preview && (preview.doc.contentType.startsWith('image/')
            ? <Box component="img" src={preview.url} alt={preview.doc.fileName} sx={{ maxWidth: '100%' }} />
            : <iframe ref={frame} src={preview.url} title={preview.doc.fileName} style={{ width: '100%', height: '100%', border: 0 }} data-testid="document-preview" />)}
        </DialogContent>
        <DialogActions>
          {preview && !preview.doc.contentType.startsWith('image/') && (
            <Button startIcon={<PrintIcon />} onClick={() => frame.current?.contentWindow?.print()}>{translate('app.progress.print')}</Button>
          )}
          <Button onClick={close}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
