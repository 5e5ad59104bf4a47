import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { ApiProblem, CadreLoad, getJson, Plan, sendJson } from './api';

/** Pairs the plan's household with a grid cadre (1+N: a full cadre cannot be chosen); a change needs its reason. */
export const CadrePicker = ({ plan }: { plan: Plan }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const cadres = useQuery({ queryKey: ['agreements', 'cadres'], queryFn: () => getJson<CadreLoad[]>('/api/agreements/cadres') });
  const [cadre, setCadre] = useState(plan.cadre?.cadre ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      const saved = await sendJson<Plan>(`/api/agreements/plans/${plan.id}/cadre`, 'PUT', { cadre, reason });
      queryClient.setQueryData(['agreements', 'plan', plan.householdId], saved);
      await queryClient.invalidateQueries({ queryKey: ['agreements', 'cadres'] });
    } catch (e) {
      setError(e instanceof ApiProblem ? e.message : translate('app.error.unexpected'));
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} data-testid="cadre-picker">
      <Typography variant="body2">
        {translate('agreements.pairing.cadre')}：{plan.cadre?.cadre ?? translate('agreements.pairing.unpaired')}
      </Typography>
      <TextField select size="small" value={cadre} onChange={e => setCadre(e.target.value)} sx={{ minWidth: 220 }}
        slotProps={{ select: { native: true } }} label={translate('agreements.pairing.cadre')}>
        <option value="" />
        {(cadres.data ?? []).map(c => (
          <option key={c.cadre} value={c.cadre} disabled={c.households >= c.max && c.cadre !== plan.cadre?.cadre}>
            {c.cadre}（{c.households}/{c.max}）
          </option>
        ))}
      </TextField>
      {plan.cadre && <TextField size="small" label={translate('agreements.pairing.reason')} value={reason} onChange={e => setReason(e.target.value)} />}
      <Button size="small" variant="outlined" disabled={!cadre || cadre === plan.cadre?.cadre} onClick={save}>
        {translate('agreements.pairing.pair')}
      </Button>
      {error && <Alert severity="error" sx={{ width: '100%' }}>{error}</Alert>}
    </Box>
  );
};
