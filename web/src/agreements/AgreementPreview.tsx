import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Button, Stack } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { ApiProblem, documentUrl, sendJson } from './api';

/** 脱贫帮扶协议书 of the plan's current version: generated (once per version) into the household file, shown and printed. */
export const AgreementPreview = ({ planId, householdId }: { planId: number; householdId: number }) => {
  const translate = useTranslate();
  const frame = useRef<HTMLIFrameElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = async () => {
    setError(null);
    try {
      const document = await sendJson<{ id: number }>(`/api/agreements/plans/${planId}/agreement`, 'POST');
      setUrl(await documentUrl(householdId, document.id));
    } catch (e) {
      setError(e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    }
  };
  return (
    <Stack spacing={1} data-testid="agreement-preview">
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={show} data-testid="agreement-show">
          {translate('agreements.preview.show')}
        </Button>
        {url && (
          <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => frame.current?.contentWindow?.print()} data-testid="agreement-print">
            {translate('agreements.preview.print')}
          </Button>
        )}
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {url && <iframe ref={frame} src={url} title={translate('agreements.preview.title')} style={{ width: '100%', height: 600, border: '1px solid #ddd' }} data-testid="agreement-frame" />}
    </Stack>
  );
};
