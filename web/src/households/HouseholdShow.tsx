import { ReactNode, useState } from 'react';
import {
  Datagrid, DateField, ReferenceManyField, ShowBase, TextField, Title, useShowContext, useTranslate,
  Pagination, Link,
} from 'react-admin';
import {
  Alert, Box, Card, CardContent, Chip, CircularProgress, Grid, Tab, Table, TableBody, TableCell, TableHead,
  TableRow, Tabs, Typography,
} from '@mui/material';
import { EnumField, formatMoney, JurisdictionField, useFormatDate, LocalDateField } from '../common/fields';
import { enumKey } from '../common/enums';
import { RevealValue } from './RevealButton';
import { HouseholdDocuments } from './HouseholdDocuments';
import { HouseholdAgreement } from '../agreements/HouseholdAgreement';
import { Info } from '../common/Info';

type Column = { label: string; render: (row: any) => ReactNode };

const SimpleTable = ({ rows, columns }: { rows: any[]; columns: Column[] }) => {
  const translate = useTranslate();
  if (!rows?.length) return <Typography color="text.secondary" sx={{ p: 2 }}>{translate('app.household.none')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>{columns.map(c => <TableCell key={c.label} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{translate(c.label)}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={row.id ?? i} sx={row.active === false ? { opacity: 0.55 } : undefined}>
              {columns.map(c => <TableCell key={c.label}>{c.render(row)}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const HouseholdDetail = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { record, error, isPending } = useShowContext();
  const [tab, setTab] = useState(0);
  if (isPending) return <Box sx={{ p: 4 }}><CircularProgress /></Box>;
  if (error || !record) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title="ra.page.not_found" />
        <CardContent>
          <Alert severity="warning" data-testid="not-found">
            {translate('ra.page.not_found')} — {translate('app.error.notFound')}
          </Alert>
        </CardContent>
      </Card>
    );
  }
  const t = (key: string, value: unknown) => (value == null ? '' : translate(key + value, { _: String(value) }));
  const memberName = (id?: number | null) =>
    id == null ? translate('app.household.wholeHousehold') : record.members?.find((m: any) => m.id === id)?.name ?? id;
  const head = record.members?.find((m: any) => m.relation === 'HEAD' && m.active !== false);
  const periodColumns: Column[] = [
    { label: 'app.item.memberName', render: r => memberName(r.memberId) },
    { label: 'app.item.kind', render: r => r.kind },
    { label: 'app.item.periodStart', render: r => <span style={{ whiteSpace: 'nowrap' }}>{r.periodStart}</span> },
    { label: 'app.item.periodEnd', render: r => <span style={{ whiteSpace: 'nowrap' }}>{r.periodEnd}</span> },
    { label: 'app.item.amount', render: r => formatMoney(r.amount) },
    { label: 'app.item.note', render: r => r.note },
  ];
  const withKind = (name: 'incomeKind' | 'rigidExpenseKind'): Column[] =>
    periodColumns.map(c => (c.label === 'app.item.kind' ? { ...c, render: (r: any) => t(`app.enums.${name}.`, r.kind) } : c));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.household.title', { id: record.id })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 2 }} data-testid="household-title">
            {translate('app.household.title', { id: record.id })}{head ? ` · ${head.name}` : ''}
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 5 }}><Info label="resources.households.fields.address">{record.address}</Info></Grid>
            <Grid size={{ xs: 12, md: 3 }}><Info label="resources.households.fields.communityCode"><JurisdictionField source="communityCode" /></Info></Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Info label="resources.households.fields.phone">
                <RevealValue masked={record.phoneMasked ?? record.phone} label="app.household.revealPhone"
                  fetchFull={async dp => (await dp.revealPhone(record.id)).phone} />
              </Info>
            </Grid>
            <Grid size={{ xs: 6, md: 3 }}><Info label="resources.households.fields.createdAt">{formatDate(record.createdAt)}</Info></Grid>
            <Grid size={{ xs: 6, md: 3 }}><Info label="resources.households.fields.updatedAt">{formatDate(record.updatedAt)}</Info></Grid>
          </Grid>
        </CardContent>
      </Card>
      <Card>
        <Tabs value={tab} onChange={(_e, v) => setTab(v)} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab label={`${translate('app.household.members')} (${record.members?.length ?? 0})`} />
          <Tab label={`${translate('app.household.incomes')} (${record.incomes?.length ?? 0})`} />
          <Tab label={`${translate('app.household.assets')} (${record.assets?.length ?? 0})`} />
          <Tab label={`${translate('app.household.rigidExpenses')} (${record.rigidExpenses?.length ?? 0})`} />
          <Tab label={`${translate('app.household.documents')} (${record.documents?.length ?? 0})`} />
          <Tab label={translate('app.household.cases')} />
          <Tab label={translate('agreements.tab')} data-testid="tab-agreement" />
        </Tabs>
        <CardContent>
          {tab === 0 && (
            <SimpleTable rows={record.members} columns={[
              { label: 'app.member.name', render: m => <>{m.name}{m.active === false && <Chip size="small" sx={{ ml: 1 }} label={translate('app.household.inactive')} />}</> },
              {
                label: 'app.member.residentId',
                render: m => <RevealValue masked={m.residentIdMasked} label="app.household.reveal" testId={`member-id-${m.id}`}
                  fetchFull={async dp => (await dp.revealMember(record.id, m.id)).residentId} />,
              },
              { label: 'app.member.relation', render: m => t('app.enums.relation.', m.relation) },
              { label: 'app.member.birthDate', render: m => <span style={{ whiteSpace: 'nowrap' }}>{m.birthDate}</span> },
              { label: 'app.member.sex', render: m => t('app.enums.sex.', m.sex) },
              { label: 'app.member.disabilityKind', render: m => m.disabilityKind ? `${t('app.enums.disabilityKind.', m.disabilityKind)} ${t('app.enums.disabilityGrade.', m.disabilityGrade)}` : '' },
              { label: 'app.member.workAbility', render: m => t('app.enums.workAbility.', m.workAbility) },
              { label: 'app.member.illness', render: m => `${t('app.enums.illness.', m.illness)}${m.illnessNote ? `（${m.illnessNote}）` : ''}` },
              { label: 'app.member.employmentStatus', render: m => t('app.enums.employmentStatus.', m.employmentStatus) },
              { label: 'app.member.studentStatus', render: m => t('app.enums.studentStatus.', m.studentStatus) },
              { label: 'app.member.legalSupport', render: m => m.legalSupport ? t('app.enums.legalSupport.', m.legalSupport) : '' },
            ]} />
          )}
          {tab === 1 && <SimpleTable rows={record.incomes} columns={withKind('incomeKind')} />}
          {tab === 2 && (
            <SimpleTable rows={record.assets} columns={[
              { label: 'app.item.memberName', render: r => memberName(r.memberId) },
              { label: 'app.item.kind', render: r => t('app.enums.assetKind.', r.kind) },
              { label: 'app.item.description', render: r => r.description },
              { label: 'app.item.value', render: r => formatMoney(r.value) },
            ]} />
          )}
          {tab === 3 && <SimpleTable rows={record.rigidExpenses} columns={withKind('rigidExpenseKind')} />}
          {tab === 4 && <HouseholdDocuments record={record} />}
          {tab === 6 && <HouseholdAgreement householdId={record.id} />}
          {tab === 5 && (
            <ReferenceManyField reference="cases" target="householdId" sort={{ field: 'acceptedAt', order: 'DESC' }} pagination={<Pagination />}>
              <Datagrid rowClick="show" bulkActionButtons={false} empty={<Typography color="text.secondary">{translate('app.household.none')}</Typography>}>
                <TextField source="caseNumber" />
                <EnumField source="category" name="category" label="resources.cases.fields.category" />
                <EnumField source="status" name="caseStatus" label="resources.cases.fields.status" chip />
                <LocalDateField source="acceptedAt" showTime />
              </Datagrid>
            </ReferenceManyField>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export const HouseholdShow = () => (
  <ShowBase queryOptions={{ retry: false, onError: () => undefined }}>
    <HouseholdDetail />
  </ShowBase>
);

export { Link, enumKey };
