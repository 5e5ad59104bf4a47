import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import {
  Alert, Card, CardContent, CardHeader, CircularProgress, Link, Table, TableBody, TableCell, TableHead, TableRow,
} from '@mui/material';
import type { AppDataProvider } from '../dataProvider';
import { hasAnyRole } from '../authProvider';
import { formatMoney } from '../common/fields';
import { useJurisdictions } from '../common/useJurisdictions';
import { ObjectionButton, OBJECTION_ROLES } from './ObjectionButton';

/** 公示栏: the notices open today in my area, with only what may be published, and an objection entry per row. */
export const PublicNoticeList = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions: roles } = usePermissions<string[]>();
  const { name } = useJurisdictions();
  const { data, isPending, error } = useQuery({ queryKey: ['public-notices'], queryFn: () => dataProvider.noticeBoard() });
  const canObject = hasAnyRole(roles, OBJECTION_ROLES);
  return (
    <>
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.notices.title')} />
      <CardHeader title={translate('app.notices.title')} subheader={translate('app.notices.hint')} />
      <CardContent>
        {isPending && <CircularProgress size={24} />}
        {error && <Alert severity="warning">{(error as any)?.message}</Alert>}
        {data && data.length === 0 && <Alert severity="info" data-testid="notices-empty">{translate('app.notices.empty')}</Alert>}
        {data && data.length > 0 && (
          <Table size="small" data-testid="notice-board">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.notices.applicantName')}</TableCell>
                <TableCell align="right">{translate('app.notices.familySize')}</TableCell>
                <TableCell align="right">{translate('app.notices.amount')}</TableCell>
                <TableCell>{translate('app.notices.period')}</TableCell>
                <TableCell>{translate('app.notices.community')}</TableCell>
                <TableCell>{translate('resources.cases.fields.caseNumber')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map(notice => (
                <TableRow key={notice.id} data-testid="notice-row">
                  <TableCell>{notice.applicantName}</TableCell>
                  <TableCell align="right">{notice.familySize}</TableCell>
                  <TableCell align="right">{notice.monthlyAmount != null ? formatMoney(notice.monthlyAmount) : '—'}</TableCell>
                  <TableCell>{translate('app.progress.period', { from: notice.startsOn, to: notice.endsOn })}</TableCell>
                  <TableCell>{name(notice.communityCode)}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/cases/${encodeURIComponent(notice.caseNumber)}/show`}>{notice.caseNumber}</Link>
                  </TableCell>
                  <TableCell align="right">{canObject && notice.status === 'OPEN' && <ObjectionButton caseNumber={notice.caseNumber} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
    <Publications />
    </>
  );
};

/** 批准公布: approved households, with only what may be published. */
const Publications = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { name } = useJurisdictions();
  const { data } = useQuery({ queryKey: ['publications'], queryFn: () => dataProvider.publications() });
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('app.notices.published')} subheader={translate('app.notices.publishedHint')} />
      <CardContent>
        {data && data.length === 0 && <Alert severity="info">{translate('app.notices.publishedEmpty')}</Alert>}
        {data && data.length > 0 && (
          <Table size="small" data-testid="publications">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.notices.applicantName')}</TableCell>
                <TableCell>{translate('app.notices.category')}</TableCell>
                <TableCell align="right">{translate('app.notices.familySize')}</TableCell>
                <TableCell align="right">{translate('app.notices.amount')}</TableCell>
                <TableCell>{translate('app.notices.publishedOn')}</TableCell>
                <TableCell>{translate('app.notices.community')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map(entry => (
                <TableRow key={entry.id}>
                  <TableCell>{entry.applicantName}</TableCell>
                  <TableCell>{translate(`app.enums.category.${entry.category}`, { _: entry.category })}</TableCell>
                  <TableCell align="right">{entry.familySize}</TableCell>
                  <TableCell align="right">{formatMoney(entry.monthlyAmount)}</TableCell>
                  <TableCell>{entry.publishedOn}</TableCell>
                  <TableCell>{name(entry.communityCode)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
