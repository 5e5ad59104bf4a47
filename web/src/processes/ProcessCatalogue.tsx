import { useEffect, useRef, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  Alert, Box, Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Table, TableBody, TableCell,
  TableHead, TableRow, Typography,
} from '@mui/material';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { processApi, type Definition, type ProcessEntry } from './api';

/** The version's diagram with open tasks per step as a heat overlay (badge + colour), incidents in red. */
const HeatDiagram = ({ definition }: { definition: Definition }) => {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let viewer: any;
    let cancelled = false;
    (async () => {
      const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
      if (cancelled || !container.current) return;
      viewer = new NavigatedViewer({ container: container.current });
      await viewer.importXML(definition.xml);
      const overlays = viewer.get('overlays');
      const registry = viewer.get('elementRegistry');
      const max = Math.max(1, ...Object.values(definition.openTasks));
      for (const [step, count] of Object.entries(definition.openTasks)) {
        if (!registry.get(step)) continue;
        const alpha = 0.25 + 0.75 * (count / max);
        overlays.add(step, { position: { top: -12, right: 12 }, html:
          `<div data-testid="heat-${step}" style="background: rgba(230,81,0,${alpha}); color: #fff; border-radius: 10px; padding: 0 6px; font-size: 12px">${count}</div>` });
      }
      for (const [step, count] of Object.entries(definition.incidentsPerStep)) {
        if (!registry.get(step)) continue;
        overlays.add(step, { position: { bottom: 8, left: -8 }, html:
          `<div style="background: #c62828; color: #fff; border-radius: 10px; padding: 0 6px; font-size: 12px">⚠ ${count}</div>` });
      }
      viewer.get('canvas').zoom('fit-viewport', 'auto');
    })();
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [definition]);
  return <div ref={container} className="bpmn-container" style={{ height: 420 }} data-testid="catalogue-diagram" />;
};

export const ProcessCatalogue = () => {
  const translate = useTranslate();
  const { data: processes, error } = useQuery({ queryKey: ['processes'], queryFn: processApi.processes });
  const [selected, setSelected] = useState<ProcessEntry>();
  const [definitionId, setDefinitionId] = useState<string>();
  const current = selected ?? processes?.[0];
  const shown = definitionId ?? current?.latestDefinitionId;
  const { data: definition } = useQuery({
    queryKey: ['process-definition', shown], queryFn: () => processApi.definition(shown!), enabled: !!shown,
  });
  const t = (key: string) => translate(`processAdmin.catalogue.${key}`);
  return (
    <Box sx={{ display: 'flex', gap: 2, mt: 1 }}>
      <Title title="processAdmin.catalogue.title" />
      {error && <Alert severity="error">{String((error as any).message)}</Alert>}
      <Card sx={{ width: 280, flexShrink: 0 }}>
        <List dense>
          {processes?.map(p => (
            <ListItemButton key={p.key} selected={p.key === current?.key}
              onClick={() => { setSelected(p); setDefinitionId(undefined); }}>
              <ListItemText primary={p.name} secondary={`${p.key} · v${p.latestVersion} · ${t('running')} ${p.runningInstances}`} />
              {p.incidents > 0 && <Chip size="small" color="error" label={p.incidents} />}
            </ListItemButton>
          ))}
        </List>
      </Card>
      {current && (
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Card sx={{ mb: 2 }}>
            <CardContent>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" sx={{ flex: 1 }}>{current.name}</Typography>
                <Button component={Link} to={`/processes/modeler/${encodeURIComponent(shown ?? '')}`} variant="contained">
                  {t('edit')}
                </Button>
              </Box>
              <Table size="small" data-testid="versions">
                <TableHead>
                  <TableRow>
                    {['version', 'versionTag', 'deployedBy', 'deployedAt', 'channel', 'changeNote', 'running', 'incidents', 'migrate']
                      .map(k => <TableCell key={k}>{t(k)}</TableCell>)}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {current.versions.map(v => (
                    <TableRow key={v.id} hover selected={v.id === shown} onClick={() => setDefinitionId(v.id)} sx={{ cursor: 'pointer' }}>
                      <TableCell>{v.version}</TableCell>
                      <TableCell>{v.versionTag ?? ''}</TableCell>
                      <TableCell>{v.channel === 'SHIPPED' ? t('shipped') : v.deployedBy}</TableCell>
                      <TableCell>{v.deployedAt ? new Date(v.deployedAt).toLocaleString() : ''}</TableCell>
                      <TableCell>{translate(`processAdmin.catalogue.channels.${v.channel}`)}</TableCell>
                      <TableCell>{v.changeNote ?? ''}</TableCell>
                      <TableCell>{v.runningInstances}</TableCell>
                      <TableCell>{v.incidents}</TableCell>
                      <TableCell>
                        {v.runningInstances > 0 && v.id !== current.latestDefinitionId && (
                          <Button size="small" component={Link} onClick={e => e.stopPropagation()}
                            to={`/processes/migration/${encodeURIComponent(v.id)}/${encodeURIComponent(current.latestDefinitionId)}`}>
                            {t('migrate')}
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
          {definition && (
            <Card>
              <CardContent>
                <Typography variant="subtitle2">{t('heat')}</Typography>
                <HeatDiagram definition={definition} />
                <Typography variant="subtitle2" sx={{ mt: 1 }}>{t('incidentList')}</Typography>
                {definition.incidents.length === 0 ? <Typography variant="body2">{t('none')}</Typography> : (
                  <Table size="small">
                    <TableBody>
                      {definition.incidents.map(i => (
                        <TableRow key={i.id}>
                          <TableCell>{i.activityId}</TableCell><TableCell>{i.processInstanceId}</TableCell>
                          <TableCell>{i.type}</TableCell><TableCell>{i.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </CardContent>
            </Card>
          )}
        </Box>
      )}
    </Box>
  );
};
