import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useFormatDate } from '../common/fields';
import type { AidMember, CaseAid, PayeeChange } from './api';
import { yuan } from './AidFacts';

/** A member as the screens name them: name, relation and masked resident ID. */
export const MemberName = ({ member }: { member: AidMember }) => {
  const t = useTranslate();
  return (
    <span>
      {member.name}（{t(`app.enums.relation.${member.relation}`, { _: member.relation })}，{member.residentIdMasked}）
      {!member.active && <Chip size="small" color="error" variant="outlined" sx={{ ml: 0.5 }} label={t('temporaryAid.resolution.left')} />}
    </span>
  );
};

const statusColor = { PROPOSED: 'warning', APPROVED: 'success', REJECTED: 'default' } as const;

/** One change of payee: who proposed it, who decided it, when and why. */
const ChangeLine = ({ change }: { change: PayeeChange }) => {
  const t = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Box data-testid={`payee-change-${change.status}`} sx={{ py: 0.5 }}>
      <Chip size="small" color={statusColor[change.status]} label={t(`temporaryAid.resolution.changeStatus.${change.status}`)} sx={{ mr: 1 }} />
      {change.from.name} → {change.to.name}
      <Typography variant="body2" color="text.secondary" component="div">
        {t('temporaryAid.resolution.proposed', { name: change.proposedByName, at: formatDate(change.proposedAt), reason: change.reason })}
        {change.decidedByName && `；${t(change.status === 'APPROVED' ? 'temporaryAid.resolution.approvedBy' : 'temporaryAid.resolution.rejectedBy',
          { name: change.decidedByName, at: formatDate(change.decidedAt) })}${change.opinion ? `：${change.opinion}` : ''}`}
      </Typography>
    </Box>
  );
};

/**
 * What a failed payment came to: the failed attempts with their reasons, who is paid now, the pending change of
 * payee and the earlier ones (who proposed, who approved), and the closure of the request, if it was closed unpaid.
 * `attempts={false}` where the page lists every payment already.
 */
export const PaymentResolutionView = ({ aid, attempts = true }: { aid: CaseAid; attempts?: boolean }) => {
  const t = useTranslate();
  const formatDate = useFormatDate();
  const { resolution } = aid;
  const failed = attempts ? aid.account.payments.filter(p => p.status === 'FAILED') : [];
  const decided = resolution.changes.filter(c => c.status !== 'PROPOSED');
  return (
    <Stack spacing={1} data-testid="payment-resolution">
      {resolution.closure && (
        <Alert severity="warning" data-testid="aid-closure">
          {t('temporaryAid.resolution.closed', { name: resolution.closure.closedByName, at: formatDate(resolution.closure.closedAt), reason: resolution.closure.reason })}
        </Alert>
      )}
      <Typography variant="body2" data-testid="aid-payee">
        {t('temporaryAid.resolution.payee')}：<MemberName member={resolution.payee} />
      </Typography>
      {failed.length > 0 && (
        <Table size="small" data-testid="aid-failed-attempts">
          <TableHead><TableRow>
            <TableCell>{t('temporaryAid.resolution.attempt')}</TableCell>
            <TableCell>{t('temporaryAid.payments.source')}</TableCell>
            <TableCell>{t('temporaryAid.payments.amount')}</TableCell>
            <TableCell>{t('temporaryAid.resolution.payeeShort')}</TableCell>
            <TableCell>{t('temporaryAid.resolution.failureReason')}</TableCell>
            <TableCell>{t('temporaryAid.payments.recordedAt')}</TableCell>
          </TableRow></TableHead>
          <TableBody>
            {failed.map((p, i) => (
              <TableRow key={p.id}>
                <TableCell>{i + 1}</TableCell>
                <TableCell>{t(`temporaryAid.payments.sources.${p.source}`)}</TableCell>
                <TableCell>{yuan(p.amount)}</TableCell>
                <TableCell>{p.payeeName}</TableCell>
                <TableCell>{p.failureReason}</TableCell>
                <TableCell>{formatDate(p.recordedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {resolution.pending && (
        <Alert severity="info" data-testid="aid-pending-change">
          {t('temporaryAid.resolution.pending')}<ChangeLine change={resolution.pending} />
        </Alert>
      )}
      {decided.length > 0 && (
        <Box data-testid="aid-payee-changes">
          <Typography variant="caption" color="text.secondary">{t('temporaryAid.resolution.changes')}</Typography>
          {decided.map(change => <ChangeLine key={change.id} change={change} />)}
        </Box>
      )}
    </Stack>
  );
};
