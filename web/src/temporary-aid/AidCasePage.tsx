import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow,
} from '@mui/material';
import { useFormatDate } from '../common/fields';
import { aidApi } from './api';
import { AidFacts, yuan } from './AidFacts';
import { PaymentResolutionView } from './PaymentResolution';

/**
 * 临时救助发放记录: the request, what was approved, each payment (paid or failed with its reason, with its payee) and
 * instalment, and the ways out of a failed payment (payee now, changes of payee with who proposed and approved them,
 * the closure of a request closed unpaid).
 */
export const AidCasePage = () => {
  const t = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const { caseNumber = '' } = useParams();
  const { permissions: roles } = usePermissions<string[]>();
  const queryClient = useQueryClient();
  const { data: aid, error } = useQuery({
    queryKey: ['temporary-aid', caseNumber], queryFn: () => aidApi.caseAid(caseNumber), retry: false,
  });
  const pay = async (stage: number) => {
    try {
      await aidApi.payInstalment(caseNumber, stage);
      notify('temporaryAid.payments.paid', { type: 'success' });
    } catch (e: any) {
      notify(e?.body?.title ?? e?.message, { type: 'error' });
    }
    queryClient.invalidateQueries({ queryKey: ['temporary-aid', caseNumber] });
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('temporaryAid.payments.title')} />
      <CardHeader title={t('temporaryAid.payments.title')} subheader={
        <Link component={RouterLink} to={`/cases/${encodeURIComponent(caseNumber)}/show`}>{caseNumber}</Link>} />
      <CardContent>
        {error && <Alert severity="error">{(error as any)?.body?.title ?? String(error)}</Alert>}
        {aid && (
          <>
            <AidFacts aid={aid} />
            <Box sx={{ mt: 2 }}><PaymentResolutionView aid={aid} attempts={false} /></Box>
            <Alert severity="info" sx={{ my: 2 }} data-testid="aid-account">
              {t('temporaryAid.payments.summary', { approved: yuan(aid.account.approvedAmount), paid: yuan(aid.account.paidAmount) })}
            </Alert>
            <Table size="small" data-testid="aid-payments">
              <TableHead><TableRow>
                <TableCell>{t('temporaryAid.payments.stage')}</TableCell>
                <TableCell>{t('temporaryAid.payments.source')}</TableCell>
                <TableCell>{t('temporaryAid.payments.amount')}</TableCell>
                <TableCell>{t('temporaryAid.payments.payee')}</TableCell>
                <TableCell>{t('temporaryAid.payments.status')}</TableCell>
                <TableCell>{t('temporaryAid.payments.recordedAt')}</TableCell>
              </TableRow></TableHead>
              <TableBody>
                {aid.account.payments.map(p => (
                  <TableRow key={p.id}>
                    <TableCell>{p.stage}</TableCell>
                    <TableCell>{t(`temporaryAid.payments.sources.${p.source}`)}</TableCell>
                    <TableCell>{yuan(p.amount)}</TableCell>
                    <TableCell>{p.payeeName}</TableCell>
                    <TableCell>
                      <Chip size="small" color={p.status === 'PAID' ? 'success' : 'error'} label={t(`temporaryAid.payments.statuses.${p.status}`)} />
                      {p.failureReason && ` ${p.failureReason}`}
                    </TableCell>
                    <TableCell>{formatDate(p.recordedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {aid.account.instalments.length > 0 && (
              <Table size="small" sx={{ mt: 2 }} data-testid="aid-instalments">
                <TableHead><TableRow>
                  <TableCell>{t('temporaryAid.payments.stage')}</TableCell>
                  <TableCell>{t('temporaryAid.payments.amount')}</TableCell>
                  <TableCell>{t('temporaryAid.payments.dueOn')}</TableCell>
                  <TableCell />
                </TableRow></TableHead>
                <TableBody>
                  {aid.account.instalments.map(i => (
                    <TableRow key={i.stage}>
                      <TableCell>{i.stage}</TableCell>
                      <TableCell>{yuan(i.amount)}</TableCell>
                      <TableCell>{i.dueOn}</TableCell>
                      <TableCell>
                        {i.paymentId ? <Chip size="small" color="success" label={t('temporaryAid.payments.statuses.PAID')} />
                          : roles?.includes('caseworker') && !aid.resolution.closure && (
                            <Button size="small" variant="outlined" onClick={() => pay(i.stage)}>{t('temporaryAid.payments.pay')}</Button>)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};
