import { useState } from 'react';
import { Title, useGetIdentity, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Box, Button, Card, CardContent, Grid, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField,
  Typography,
} from '@mui/material';
import { useJurisdictions } from '../common/useJurisdictions';
import { useFormatDate } from '../common/fields';
import { aidApi, canTopUp } from './api';
import { yuan } from './AidFacts';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** 街道备用金: a street's balance, the county's top-ups and the monthly statement (ledger entries). */
export const ReserveFundPage = () => {
  const t = useTranslate();
  const notify = useNotify();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const { permissions: roles } = usePermissions<string[]>();
  const jurisdictions = useJurisdictions();
  const own = (identity as any)?.jurisdictionCode as string | undefined;
  const streets = jurisdictions.ofLevel('STREET').filter(s => own && (s.code === own || s.code.startsWith(own)));
  const [chosen, setChosen] = useState('');
  const street = chosen || (streets.length === 1 ? streets[0].code : '');
  const [month, setMonth] = useState(thisMonth());
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const { data: balance } = useQuery({
    queryKey: ['reserve-fund', street], queryFn: () => aidApi.balance(street), enabled: !!street,
  });
  const { data: statement } = useQuery({
    queryKey: ['reserve-fund', street, month], queryFn: () => aidApi.statement(street, month), enabled: !!street && !!month,
  });
  const topUp = async () => {
    try {
      await aidApi.topUp(street, Number(amount), reason);
      notify('temporaryAid.fund.toppedUp', { type: 'success' });
      setAmount('');
      setReason('');
      queryClient.invalidateQueries({ queryKey: ['reserve-fund', street] });
    } catch (e: any) {
      const fieldError = e?.body?.errors?.[0];
      notify(fieldError ? `${fieldError.field}: ${t(`temporaryAid.errors.${fieldError.code}`, { _: fieldError.code })}` : e?.body?.title ?? e?.message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('temporaryAid.fund.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('temporaryAid.fund.title')}</Typography>
          <TextField select size="small" fullWidth={false} sx={{ width: 220 }} label={t('temporaryAid.fund.street')} value={street}
            onChange={e => setChosen(e.target.value)} SelectProps={{ SelectDisplayProps: { 'data-testid': 'fund-street' } as any }}>
            {streets.map(s => <MenuItem key={s.code} value={s.code}>{s.name}</MenuItem>)}
          </TextField>
          <TextField size="small" fullWidth={false} sx={{ width: 180 }} type="month" label={t('temporaryAid.fund.month')} value={month}
            onChange={e => setMonth(e.target.value)} InputLabelProps={{ shrink: true }} />
        </Box>
        {street && balance && (
          <Typography variant="h5" data-testid="fund-balance">{t('temporaryAid.fund.balance')}：{yuan(balance.balance)}</Typography>
        )}
        {street && canTopUp(roles) && (
          <Grid container spacing={2} sx={{ my: 1 }}>
            <Grid size={{ xs: 12, md: 3 }}>
              <TextField fullWidth size="small" type="number" label={t('temporaryAid.fund.amount')} value={amount} onChange={e => setAmount(e.target.value)} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField fullWidth size="small" label={t('temporaryAid.fund.reason')} value={reason} onChange={e => setReason(e.target.value)} />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <Button variant="contained" onClick={topUp} disabled={!amount}>{t('temporaryAid.fund.topUp')}</Button>
            </Grid>
          </Grid>
        )}
        {statement && (
          <>
            <Typography sx={{ mt: 2 }} data-testid="fund-statement">
              {t('temporaryAid.fund.statement', {
                opening: yuan(statement.openingBalance), toppedUp: yuan(statement.toppedUp), paid: yuan(statement.paid),
                closing: yuan(statement.closingBalance),
              })}
            </Typography>
            <Table size="small" sx={{ mt: 1 }}>
              <TableHead><TableRow>
                <TableCell>{t('temporaryAid.fund.time')}</TableCell>
                <TableCell>{t('temporaryAid.fund.kind')}</TableCell>
                <TableCell>{t('temporaryAid.fund.amount')}</TableCell>
                <TableCell>{t('temporaryAid.fund.balanceAfter')}</TableCell>
                <TableCell>{t('temporaryAid.fund.detail')}</TableCell>
              </TableRow></TableHead>
              <TableBody>
                {statement.entries.map(e => (
                  <TableRow key={e.id}>
                    <TableCell>{formatDate(e.recordedAt)}</TableCell>
                    <TableCell>{t(`temporaryAid.fund.kinds.${e.kind}`)}</TableCell>
                    <TableCell>{yuan(e.amount)}</TableCell>
                    <TableCell>{yuan(e.balanceAfter)}</TableCell>
                    <TableCell>{e.caseNumber ?? e.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
};
