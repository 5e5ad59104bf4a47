import { useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import {
  Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, Select, Table, TableBody, TableCell, TableHead,
  TableRow, Typography,
} from '@mui/material';
import { processApi, type Instruction } from './api';

/** Mapping table (the engine's proposal, adjustable), validation per instruction, run as a batch with progress. */
export const ProcessMigration = () => {
  const translate = useTranslate();
  const t = (key: string) => translate(`processAdmin.migration.${key}`);
  const { source, target } = useParams();
  const [plan, setPlan] = useState<any>();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [validation, setValidation] = useState<any>();
  const [status, setStatus] = useState<any>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    processApi.plan(source!, target!).then(p => {
      setPlan(p);
      setMapping(Object.fromEntries(p.instructions.map((i: Instruction) => [i.source, i.target])));
    }).catch(e => setProblem(e?.message));
  }, [source, target]);

  useEffect(() => {
    if (!status || status.finished) return;
    const timer = setTimeout(() => processApi.migration(status.id).then(setStatus), 1000);
    return () => clearTimeout(timer);
  }, [status]);

  const request = () => ({
    sourceDefinitionId: source, targetDefinitionId: target,
    instructions: Object.entries(mapping).filter(([, to]) => to).map(([from, to]) => ({ source: from, target: to })),
  });
  const validate = async () => setValidation(await processApi.validate(request()));
  const run = async () => {
    try {
      setProblem(undefined);
      setStatus(await processApi.startMigration(request()));
    } catch (e: any) {
      setProblem(`${e?.message} ${(e?.body?.errors ?? []).map((x: any) => `${x.field}: ${x.message}`).join('; ')}`);
    }
  };

  if (!plan) return <>{problem && <Alert severity="error">{problem}</Alert>}</>;
  const done = status ? status.migrated + status.failed : 0;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="processAdmin.migration.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography>{t('source')}: {source} → {t('target')}: {target}</Typography>
          <Table size="small" data-testid="migration-mapping">
            <TableHead><TableRow><TableCell>{t('sourceActivity')}</TableCell><TableCell>{t('targetActivity')}</TableCell></TableRow></TableHead>
            <TableBody>
              {plan.sourceActivities.map((a: any) => (
                <TableRow key={a.id}>
                  <TableCell>{a.name ?? ''} ({a.id})</TableCell>
                  <TableCell>
                    <Select size="small" value={mapping[a.id] ?? ''} displayEmpty sx={{ minWidth: 260 }}
                      onChange={e => setMapping(m => ({ ...m, [a.id]: e.target.value as string }))}>
                      <MenuItem value="">{t('notMapped')}</MenuItem>
                      {plan.targetActivities.map((b: any) => <MenuItem key={b.id} value={b.id}>{b.name ?? ''} ({b.id})</MenuItem>)}
                    </Select>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <Button variant="outlined" onClick={validate}>{t('validate')}</Button>
            <Button variant="contained" onClick={run} disabled={!!status}>{t('run')}</Button>
          </Box>
          {problem && <Alert severity="error" sx={{ mt: 1 }}>{problem}</Alert>}
          {validation && (
            <Box sx={{ mt: 1 }}>
              {validation.valid ? <Alert severity="success">{t('valid')}</Alert> : (
                <Alert severity="error">
                  {validation.errors.map((e: any, i: number) => <div key={i}>{e.source} → {e.target}: {e.failures.join('; ')}</div>)}
                </Alert>
              )}
              <Typography variant="body2">{t('migratable')}: {validation.migratable.length}</Typography>
              <Typography variant="body2">{t('unmappable')}: {validation.unmappable.map((i: any) =>
                `${i.businessKey ?? i.processInstanceId} (${i.unmappedActivities.join(', ')})`).join('; ') || '0'}</Typography>
            </Box>
          )}
        </CardContent>
      </Card>
      {status && (
        <Card>
          <CardContent>
            <Typography>{t('progress')}: {done}/{status.total} — {t('migrated')} {status.migrated}, {t('failed')} {status.failed}, {t('pending')} {status.pending}</Typography>
            <LinearProgress variant="determinate" value={status.total ? (100 * done) / status.total : 100} sx={{ my: 1 }} />
            <Table size="small">
              <TableHead><TableRow><TableCell>{t('instance')}</TableCell><TableCell>{t('status')}</TableCell><TableCell>{t('message')}</TableCell></TableRow></TableHead>
              <TableBody>
                {[...status.instances, ...status.skipped.map((s: any) => ({ ...s, status: 'SKIPPED', message: s.unmappedActivities.join(', ') }))]
                  .map((i: any) => (
                    <TableRow key={i.processInstanceId}>
                      <TableCell>{i.businessKey ?? i.processInstanceId}</TableCell><TableCell>{i.status}</TableCell><TableCell>{i.message ?? ''}</TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
