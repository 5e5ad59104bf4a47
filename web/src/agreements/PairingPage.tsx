import { useState } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert, Button, Card, CardContent, CardHeader, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress,
  Stack, Table, TableBody, TableCell, TableRow, TextField, Typography,
} from '@mui/material';
import { ApiProblem, CadreLoad, getJson, sendJson } from './api';

/** Pairs a plan's household with another cadre, with the reason; the old pairing stays in the history. */
const ReassignDialog = ({ planId, cadres, onClose }: { planId: number; cadres: CadreLoad[]; onClose: () => void }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [cadre, setCadre] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await sendJson(`/api/agreements/plans/${planId}/cadre`, 'PUT', { cadre, reason });
      await queryClient.invalidateQueries({ queryKey: ['agreements', 'cadres'] });
      onClose();
    } catch (e) {
      setError(e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('agreements.pairing.reassign')}</DialogTitle>
      <DialogContent>
        <TextField select fullWidth margin="dense" label={translate('agreements.pairing.cadre')} value={cadre}
          onChange={e => setCadre(e.target.value)} slotProps={{ select: { native: true } }}>
          <option value="" />
          {cadres.map(c => <option key={c.cadre} value={c.cadre} disabled={c.households >= c.max}>{c.cadre}（{c.households}/{c.max}）</option>)}
        </TextField>
        <TextField fullWidth margin="dense" label={translate('agreements.pairing.reason')} value={reason} onChange={e => setReason(e.target.value)} />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={!cadre}>{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/** 结对帮扶 (1+N): each grid cadre with their households, their load against the limit N, and reassignment. */
export const PairingPage = () => {
  const translate = useTranslate();
  const cadres = useQuery({ queryKey: ['agreements', 'cadres'], queryFn: () => getJson<CadreLoad[]>('/api/agreements/cadres') });
  const [reassigning, setReassigning] = useState<number | null>(null);
  return (
    <Stack spacing={2} sx={{ mt: 1 }} data-testid="pairing-page">
      <Title title={translate('agreements.pairing.title')} />
      {cadres.error && <Alert severity="error">{translate('agreements.loadFailed')}</Alert>}
      {cadres.data?.map(load => (
        <Card key={load.cadre} data-testid={`cadre-${load.cadre}`}>
          <CardHeader title={load.cadre} subheader={translate('agreements.pairing.load', { households: load.households, max: load.max })}
            action={load.households >= load.max ? <Chip color="warning" label={translate('agreements.pairing.full')} /> : undefined} />
          <LinearProgress variant="determinate" value={Math.min(100, (100 * load.households) / Math.max(1, load.max))}
            color={load.households >= load.max ? 'warning' : 'primary'} sx={{ mx: 2 }} />
          <CardContent>
            {load.pairings.length === 0 && <Typography color="text.secondary">{translate('agreements.pairing.none')}</Typography>}
            <Table size="small">
              <TableBody>
                {load.pairings.map(p => (
                  <TableRow key={p.householdId}>
                    <TableCell><Link to={`/households/${p.householdId}/show`}>{p.caseNumber ?? p.householdId}</Link></TableCell>
                    <TableCell>{translate('agreements.visits.last', { day: p.visits?.lastVisitOn ?? translate('agreements.visits.never') })}
                      {p.visits?.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('agreements.visits.overdue')} />}</TableCell>
                    <TableCell align="right">
                      {p.planId && <Button size="small" onClick={() => setReassigning(p.planId)}>{translate('agreements.pairing.reassign')}</Button>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ))}
      {reassigning && cadres.data && <ReassignDialog planId={reassigning} cadres={cadres.data} onClose={() => setReassigning(null)} />}
    </Stack>
  );
};
