import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, LinearProgress, MenuItem, Stack, Table, TableBody,
  TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useJurisdictions } from '../common/useJurisdictions';
import { useFormatDate } from '../common/fields';
import { Campaign, reviewApi, Selection } from './api';

const CATEGORIES = ['DIBAO', 'TEKUN', 'MARGINAL', 'RIGID_EXPENDITURE'];

/** 集中核查: choose a street, a category and/or the month reviews fall due, see how many, launch; then progress. */
export const CampaignPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const formatDate = useFormatDate();
  const { ofLevel } = useJurisdictions();
  const streets = ofLevel('STREET');
  const [name, setName] = useState('');
  const [selection, setSelection] = useState<Selection>({ streetCode: '', category: '', dueMonth: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useQuery({
    queryKey: ['review-campaigns', 'preview', selection],
    queryFn: () => reviewApi.preview(selection),
  });
  const campaigns = useQuery({
    queryKey: ['review-campaigns'], queryFn: reviewApi.campaigns, refetchInterval: 3_000,
  });
  const launch = async () => {
    if (!name.trim()) {
      setError(translate('review.campaign.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await reviewApi.launch(name.trim(), selection);
      notify('review.campaign.launched', { type: 'success' });
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['review-campaigns'] });
    } catch (e: any) {
      setError(e?.body?.title || e?.message || String(e));
    } finally {
      setBusy(false);
    }
  };
  const set = (change: Partial<Selection>) => setSelection(current => ({ ...current, ...change }));
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('review.campaign.title')} />
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate('review.campaign.launch')} />
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <TextField label={translate('review.campaign.name')} value={name} onChange={e => setName(e.target.value)}
              inputProps={{ 'data-testid': 'campaign-name' }} sx={{ minWidth: 240 }} />
            <TextField select label={translate('review.campaign.street')} value={selection.streetCode}
              onChange={e => set({ streetCode: e.target.value })} sx={{ minWidth: 200 }}
              SelectProps={{ SelectDisplayProps: { 'data-testid': 'campaign-street' } as any }}>
              <MenuItem value="">{translate('review.campaign.allStreets')}</MenuItem>
              {streets.map((s: any) => <MenuItem key={s.code} value={s.code} data-testid={`street-${s.code}`}>{s.name}</MenuItem>)}
            </TextField>
            <TextField select label={translate('review.campaign.category')} value={selection.category}
              onChange={e => set({ category: e.target.value })} sx={{ minWidth: 180 }}>
              <MenuItem value="">{translate('review.campaign.allCategories')}</MenuItem>
              {CATEGORIES.map(c => <MenuItem key={c} value={c}>{translate(`app.enums.category.${c}`, { _: c })}</MenuItem>)}
            </TextField>
            <TextField type="month" label={translate('review.campaign.dueMonth')} value={selection.dueMonth}
              onChange={e => set({ dueMonth: e.target.value })} InputLabelProps={{ shrink: true }} />
          </Stack>
          <Stack direction="row" spacing={2} alignItems="center">
            <Typography data-testid="campaign-preview">
              {preview.data ? translate('review.campaign.preview', { count: preview.data.count }) : '…'}
            </Typography>
            <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={launch} disabled={busy || !preview.data?.count}
              data-testid="campaign-launch">
              {translate('review.campaign.start')}
            </Button>
          </Stack>
          {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
        </CardContent>
      </Card>
      <Card>
        <CardHeader title={translate('review.campaign.progress')} />
        <CardContent>
          <Table size="small" data-testid="campaign-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('review.campaign.name')}</TableCell>
                <TableCell>{translate('review.campaign.launchedAt')}</TableCell>
                <TableCell align="right">{translate('review.campaign.selected')}</TableCell>
                <TableCell align="right">{translate('review.campaign.started')}</TableCell>
                <TableCell align="right">{translate('review.campaign.verified')}</TableCell>
                <TableCell align="right">{translate('review.campaign.decided')}</TableCell>
                <TableCell align="right">{translate('review.campaign.finished')}</TableCell>
                <TableCell>{translate('review.campaign.outcomes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(campaigns.data ?? []).map((c: Campaign) => (
                <TableRow key={c.id} data-testid={`campaign-${c.id}`}>
                  <TableCell>{c.name}{c.status === 'STARTING' && <LinearProgress sx={{ mt: 0.5 }} />}</TableCell>
                  <TableCell>{formatDate(c.launchedAt)}</TableCell>
                  <TableCell align="right">{c.selected}</TableCell>
                  <TableCell align="right" data-testid="progress-started">{c.progress.started}</TableCell>
                  <TableCell align="right" data-testid="progress-verified">{c.progress.verified}</TableCell>
                  <TableCell align="right" data-testid="progress-decided">{c.progress.decided}</TableCell>
                  <TableCell align="right">{c.progress.finished}</TableCell>
                  <TableCell>
                    {Object.entries(c.progress.outcomes).map(([outcome, n]) => (
                      <Chip key={outcome} size="small" sx={{ mr: 0.5 }} label={`${translate(`review.outcome.${outcome}`)} ${n}`} />
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {campaigns.data?.length === 0 && <Typography variant="body2" sx={{ mt: 1 }}>{translate('review.campaign.none')}</Typography>}
        </CardContent>
      </Card>
    </Box>
  );
};
