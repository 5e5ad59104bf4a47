import { Fragment, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useGetIdentity, useLocale, usePermissions, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, CircularProgress, Collapse, MenuItem, Tab, Table, TableBody,
  TableCell, TableHead, TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import type { AppDataProvider } from '../dataProvider';
import { hasAnyRole, ROLES } from '../authProvider';
import { useFormatDate } from '../common/fields';
import { useJurisdictions } from '../common/useJurisdictions';
import { definitionLabel, groupCatalogue, ParameterDefinition } from './catalogue';
import { SetParameterDialog } from './SetParameterDialog';
import { StepLimits } from './StepLimits';

const displayValue = (value: string | undefined, translate: (k: string) => string) =>
  value === 'true' ? translate('ra.boolean.true') : value === 'false' ? translate('ra.boolean.false') : value ?? '—';

/** The stored values of one parameter in one jurisdiction, newest first. */
const History = ({ code, jurisdictionCode }: { code: string; jurisdictionCode: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { name } = useJurisdictions();
  const { data, isPending } = useQuery({
    queryKey: ['policy', 'history', code], queryFn: () => dataProvider.parameterHistory({ code }),
  });
  if (isPending) return <CircularProgress size={20} />;
  const rows = data ?? [];
  if (!rows.length) return <Typography variant="body2" color="text.secondary">{translate('app.progress.none')}</Typography>;
  return (
    <Table size="small" data-testid={`history-${code}`}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.policy.jurisdiction')}</TableCell>
          <TableCell>{translate('app.policy.value')}</TableCell>
          <TableCell>{translate('app.policy.effectiveFrom')}</TableCell>
          <TableCell>{translate('app.policy.reason')}</TableCell>
          <TableCell>{translate('app.policy.createdBy')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.id} selected={row.jurisdictionCode === jurisdictionCode}>
            <TableCell>{name(row.jurisdictionCode)}</TableCell>
            <TableCell>{displayValue(row.value, translate)}</TableCell>
            <TableCell>{row.effectiveFrom}</TableCell>
            <TableCell>{row.reason ?? '—'}</TableCell>
            <TableCell>{row.createdBy ?? '—'} {formatDate(row.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 政策参数: the catalogue in groups with the values in force for a jurisdiction and day, their history, changes. */
export const PolicyPage = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const { permissions: roles } = usePermissions<string[]>();
  const { all, name } = useJurisdictions();
  const isAdmin = hasAnyRole(roles, [ROLES.admin]);
  const [tab, setTab] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const jurisdiction = chosen ?? (identity?.jurisdictionCode as string | undefined) ?? all[0]?.code ?? '';
  const [day, setDay] = useState(() => new Date().toLocaleDateString('sv-SE'));
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<ParameterDefinition | null>(null);
  const catalogue = useQuery({ queryKey: ['policy', 'catalogue'], queryFn: () => dataProvider.policyCatalogue(), staleTime: Infinity });
  const snapshot = useQuery({
    queryKey: ['policy', 'snapshot', jurisdiction, day], queryFn: () => dataProvider.policySnapshot(jurisdiction, day || undefined),
    enabled: !!jurisdiction,
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.policy.title')} />
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }}>
        <Tab label={translate('app.policy.catalogue')} data-testid="tab-parameters" />
        <Tab label={translate('app.policy.stepLimits')} data-testid="tab-step-limits" />
      </Tabs>
      {tab === 1 ? <StepLimits isAdmin={isAdmin} jurisdiction={jurisdiction} /> : (
        <>
          <Card sx={{ mb: 2 }}>
            <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <TextField select size="small" sx={{ minWidth: 240 }} label={translate('app.policy.jurisdiction')} value={all.length ? jurisdiction : ''}
                onChange={e => setChosen(e.target.value)} data-testid="policy-jurisdiction">
                {all.filter(j => j.level !== 'COMMUNITY').map(j => <MenuItem key={j.code} value={j.code}>{j.name}</MenuItem>)}
              </TextField>
              <TextField size="small" type="date" label={translate('app.policy.day')} value={day} onChange={e => setDay(e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }} />
              {snapshot.data && <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                {translate('app.policy.version', { version: snapshot.data.version })}</Typography>}
              {!isAdmin && <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>{translate('app.policy.readOnly')}</Typography>}
            </CardContent>
          </Card>
          {(catalogue.isPending || snapshot.isPending) && <CircularProgress />}
          {(catalogue.error || snapshot.error) && <Alert severity="warning">{String((catalogue.error ?? snapshot.error as any)?.message)}</Alert>}
          {catalogue.data && groupCatalogue(catalogue.data).map(({ group, items }) => (
            <Card key={group} sx={{ mb: 2 }} data-testid={`policy-group-${group}`}>
              <CardHeader title={translate(`app.policy.groups.${group}`)} titleTypographyProps={{ variant: 'subtitle1' }} />
              <CardContent sx={{ pt: 0 }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: '32%' }}>{translate('app.policy.catalogue')}</TableCell>
                      <TableCell>{translate('app.policy.value')}</TableCell>
                      <TableCell>{translate('app.policy.source')}</TableCell>
                      <TableCell>{translate('app.policy.range')}</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {items.map(definition => {
                      const value = snapshot.data?.values?.[definition.code];
                      return (
                        <Fragment key={definition.code}>
                          <TableRow data-testid={`parameter-${definition.code}`}>
                            <TableCell>
                              {definitionLabel(definition, locale)}
                              <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>{definition.code}</Typography>
                            </TableCell>
                            <TableCell data-testid="parameter-value">
                              <b>{displayValue(value?.value, translate)}</b> {definition.type !== 'BOOLEAN' && definition.unit}
                            </TableCell>
                            <TableCell>
                              {value && value.rowId != null
                                ? `${name(value.setAt)} · ${translate('app.policy.effectiveFrom')} ${value.effectiveFrom}`
                                : <Chip size="small" variant="outlined" label={translate('app.policy.catalogueDefault')} />}
                            </TableCell>
                            <TableCell>
                              {definition.type === 'ENUM' ? (definition.allowedValues ?? []).join(' / ')
                                : definition.type === 'BOOLEAN' ? '' : `${definition.min ?? '—'} ~ ${definition.max ?? '—'}`}
                            </TableCell>
                            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                              <Button size="small" onClick={() => setOpen(open === definition.code ? null : definition.code)}>{translate('app.policy.history')}</Button>
                              {isAdmin && <Button size="small" onClick={() => setEditing(definition)} data-testid="set-parameter">{translate('app.policy.set')}</Button>}
                            </TableCell>
                          </TableRow>
                          <TableRow>
                            <TableCell colSpan={5} sx={{ py: 0, borderBottom: open === definition.code ? undefined : 0 }}>
                              <Collapse in={open === definition.code} unmountOnExit>
                                <Box sx={{ py: 1 }}><History code={definition.code} jurisdictionCode={jurisdiction} /></Box>
                              </Collapse>
                            </TableCell>
                          </TableRow>
                        </Fragment>
                      );
                    })}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          ))}
        </>
      )}
      {editing && <SetParameterDialog definition={editing} jurisdictionCode={jurisdiction} onClose={() => setEditing(null)} />}
    </Box>
  );
};
