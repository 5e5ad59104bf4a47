import { Link as RouterLink } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Divider, Table, TableBody, TableCell, TableRow, Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import type { ChecklistItem } from '../dataProvider';
import { useJurisdictions } from '../common/useJurisdictions';
import { materialName } from './applicationForm';

export type AcceptedCase = {
  caseNumber: string; category: string; status: string; streetCode: string; householdId: number;
  materials: string[]; acceptedAt: string;
};

export const AcceptanceReceipt = ({ accepted, applicant, checklist, onAnother }: {
  accepted: AcceptedCase; applicant: string; checklist: ChecklistItem[]; onAnother: () => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { name } = useJurisdictions();
  const date = new Date(accepted.acceptedAt);
  const dateText = Number.isNaN(date.getTime()) ? accepted.acceptedAt : date.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
  const order = (code: string) => {
    const index = checklist.findIndex(i => i.code === code);
    return index < 0 ? 999 : index;
  };
  const materials = [...accepted.materials].sort((a, b) => order(a) - order(b)).map(code => {
    const item = checklist.find(i => i.code === code);
    return item ? materialName(item, locale) : code;
  });
  const rows: [string, React.ReactNode][] = [
    ['app.receipt.caseNumber', <strong data-testid="receipt-case-number">{accepted.caseNumber}</strong>],
    ['app.receipt.applicant', applicant],
    ['app.receipt.category', translate(`app.enums.category.${accepted.category}`)],
    ['app.receipt.street', name(accepted.streetCode)],
    ['app.receipt.date', dateText],
    ['app.receipt.materials', <ol style={{ margin: 0, paddingLeft: 20 }}>{materials.map(m => <li key={m}>{m}</li>)}</ol>],
    ['app.receipt.timeLimit', translate('app.receipt.timeLimitText')],
  ];
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity="success" className="no-print" sx={{ mb: 2 }}>
        {translate('app.receipt.accepted')} — {translate('app.receipt.caseNumber')} {accepted.caseNumber}
      </Alert>
      <Card className="print-receipt" sx={{ maxWidth: 760 }} data-testid="receipt">
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h5" align="center" sx={{ fontWeight: 700, letterSpacing: 4 }}>
            {translate('app.receipt.title')}
          </Typography>
          <Typography variant="body2" align="center" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.title')}
          </Typography>
          <Divider />
          <Table size="small">
            <TableBody>
              {rows.map(([label, value]) => (
                <TableRow key={label}>
                  <TableCell sx={{ width: 160, fontWeight: 600, verticalAlign: 'top' }}>{translate(label)}</TableCell>
                  <TableCell>{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{translate('app.receipt.footer')}</Typography>
        </CardContent>
      </Card>
      <Box className="no-print" sx={{ display: 'flex', gap: 2, mt: 2 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.receipt.print')}
        </Button>
        <Button variant="outlined" component={RouterLink} to={`/cases/${encodeURIComponent(accepted.caseNumber)}/show`}>
          {translate('app.receipt.openCase')}
        </Button>
        <Button onClick={onAnother}>{translate('app.receipt.another')}</Button>
      </Box>
    </Box>
  );
};
