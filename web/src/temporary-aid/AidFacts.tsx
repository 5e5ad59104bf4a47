import { useTranslate } from 'react-admin';
import { Grid, Typography } from '@mui/material';
import type { CaseAid } from './api';

export const yuan = (value: number | null | undefined) =>
  value == null ? '—' : `${Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

/** What was asked for: type, reason, amount and form of aid. */
export const AidFacts = ({ aid }: { aid: CaseAid }) => {
  const t = useTranslate();
  const d = aid.request.details;
  const item = (label: string, value: string, testId?: string) => (
    <Grid size={{ xs: 6, md: 3 }}>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Typography data-testid={testId}>{value}</Typography>
    </Grid>
  );
  return (
    <Grid container spacing={2}>
      {item(t('temporaryAid.fields.aidType'), t(`temporaryAid.aidType.${d.aidType}`))}
      {item(t('temporaryAid.fields.reason'), t(`temporaryAid.reason.${d.reason}`) + (d.reasonDetail ? `（${d.reasonDetail}）` : ''))}
      {item(t('temporaryAid.fields.amountRequested'), yuan(d.amountRequested), 'aid-requested')}
      {item(t('temporaryAid.fields.aidForm'), t(`temporaryAid.aidForm.${d.aidForm}`))}
    </Grid>
  );
};
