import { FormEvent, MouseEvent, useEffect, useState } from 'react';
import { Confirm, useDataProvider, useGetIdentity, useListContext, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, IconButton, ListItemIcon,
  ListItemText, Menu, MenuItem, TextField, Typography,
} from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import CheckIcon from '@mui/icons-material/Check';
import DeleteIcon from '@mui/icons-material/Delete';
import GroupsIcon from '@mui/icons-material/Groups';
import type { AppDataProvider, SavedFilter } from '../dataProvider';
import { enumKey } from '../common/enums';
import { useJurisdictions } from '../common/useJurisdictions';
import { fieldError } from './candidates';
import {
  filterToApply, filterToSave, Inbox, isWorthSaving, menuOrder, parseGroup, sameFilter, shareableGroups,
} from './savedFilters';
import { taskErrorMessage } from './useTaskAction';

const QUERY_KEY = ['task-filters'];

/** A candidate group in words: 街道分管领导 · 建外街道. */
const useGroupLabel = () => {
  const translate = useTranslate();
  const { name } = useJurisdictions();
  return (group: string) => {
    const { role, code } = parseGroup(group);
    return `${translate(enumKey('role', role), { _: role })} · ${name(code)}`;
  };
};

const SaveFilterDialog = ({ open, onClose, filter }: { open: boolean; onClose: () => void; filter: Record<string, unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const { permissions: roles } = usePermissions<string[]>();
  const groupLabel = useGroupLabel();
  const groups = shareableGroups(roles, identity?.jurisdictionCode);
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [errors, setErrors] = useState<{ name?: string | null; sharedGroup?: string | null; other?: string | null }>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setName('');
    setGroup('');
    setErrors({});
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setErrors({ name: translate('ra.validation.required') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await dataProvider.saveTaskFilter({ name: name.trim(), filter: filterToSave(filter), sharedGroup: group || null });
      notify('app.tasks.savedFilters.saved', { type: 'success', messageArgs: { name: name.trim() } });
      await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
      onClose();
    } catch (e: any) {
      const atName = fieldError(e, 'name', translate);
      const atGroup = fieldError(e, 'sharedGroup', translate);
      setErrors(atName || atGroup ? { name: atName, sharedGroup: atGroup } : { other: taskErrorMessage(e, translate) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="xs"
      slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'save-filter-dialog' } as any }}>
      <DialogTitle>{translate('app.tasks.savedFilters.saveTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField autoFocus label={translate('app.tasks.savedFilters.name')} value={name} required
          onChange={e => {
            setName(e.target.value);
            setErrors({});
          }}
          error={!!errors.name} helperText={errors.name ?? `${name.length} / 50`}
          slotProps={{ htmlInput: { maxLength: 50, 'data-testid': 'filter-name' } }} />
        <TextField select label={translate('app.tasks.savedFilters.share')} value={group}
          onChange={e => setGroup(e.target.value)} error={!!errors.sharedGroup} helperText={errors.sharedGroup ?? ' '}
          slotProps={{ select: { displayEmpty: true, inputProps: { 'data-testid': 'filter-share' } }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{translate('app.tasks.savedFilters.personal')}</MenuItem>
          {groups.map(g => <MenuItem key={g} value={g}>{groupLabel(g)}</MenuItem>)}
        </TextField>
        {errors.other && <Typography color="error" variant="body2">{errors.other}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={busy} data-testid="filter-save">{translate('ra.action.save')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * 已保存的筛选: applies one of my saved inbox filters or one a colleague shared with my group, saves the current
 * one under a name (optionally shared with one of my groups), deletes my own.
 */
export const SavedFilters = ({ inboxes }: { inboxes: Inbox[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { identity } = useGetIdentity();
  const { filterValues, setFilters } = useListContext();
  const groupLabel = useGroupLabel();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedFilter | null>(null);
  const { data = [] } = useQuery({ queryKey: QUERY_KEY, queryFn: () => dataProvider.taskFilters() });
  const me = identity?.id as string | undefined;
  const filters = menuOrder(data, me);
  const active = filters.find(f => sameFilter(filterToApply(f.filter, inboxes), filterValues));

  const apply = (saved: SavedFilter) => {
    const filter = filterToApply(saved.filter, inboxes);
    const displayed = Object.fromEntries(Object.keys(filter).filter(key => key !== 'inbox').map(key => [key, true]));
    setFilters(filter, displayed);
    setAnchor(null);
  };

  const remove = async () => {
    if (!deleting) return;
    try {
      await dataProvider.deleteTaskFilter(deleting.id);
      notify('app.tasks.savedFilters.deleted', { type: 'success' });
    } catch (e: any) {
      notify(taskErrorMessage(e, translate), { type: 'warning' });
    } finally {
      setDeleting(null);
      queryClient.invalidateQueries({ queryKey: QUERY_KEY });
    }
  };

  return (
    <>
      <Button size="small" variant={active ? 'contained' : 'outlined'} startIcon={<BookmarksIcon />}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)} data-testid="saved-filters"
        aria-haspopup="menu">
        {active ? active.name : translate('app.tasks.savedFilters.menu')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ list: { dense: true, sx: { minWidth: 300 } } }}>
        {filters.length === 0 && (
          <MenuItem disabled><Typography variant="body2">{translate('app.tasks.savedFilters.none')}</Typography></MenuItem>
        )}
        {filters.map(saved => (
          <MenuItem key={saved.id} onClick={() => apply(saved)} selected={saved === active} data-testid="saved-filter"
            data-name={saved.name}>
            <ListItemIcon>{saved === active ? <CheckIcon fontSize="small" /> : saved.sharedGroup ? <GroupsIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText primary={saved.name}
              secondary={saved.owner === me
                ? (saved.sharedGroup ? groupLabel(saved.sharedGroup) : null)
                : `${translate('app.tasks.savedFilters.sharedBy', { owner: saved.owner })}${saved.sharedGroup ? ` · ${groupLabel(saved.sharedGroup)}` : ''}`} />
            {saved.owner === me && (
              <IconButton size="small" edge="end" aria-label={translate('app.tasks.savedFilters.delete')}
                data-testid="delete-saved-filter" sx={{ ml: 1 }}
                onClick={event => {
                  event.stopPropagation();
                  setAnchor(null);
                  setDeleting(saved);
                }}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            )}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem disabled={!isWorthSaving(filterValues)} data-testid="save-current-filter"
          onClick={() => {
            setAnchor(null);
            setSaving(true);
          }}>
          <ListItemIcon><BookmarkAddIcon fontSize="small" /></ListItemIcon>
          <ListItemText primary={translate('app.tasks.savedFilters.save')}
            secondary={isWorthSaving(filterValues) ? null : translate('app.tasks.savedFilters.empty')} />
        </MenuItem>
      </Menu>
      <SaveFilterDialog open={saving} onClose={() => setSaving(false)} filter={filterValues} />
      <Confirm isOpen={!!deleting} title="app.tasks.savedFilters.deleteTitle" content="app.tasks.savedFilters.deleteContent"
        translateOptions={{ name: deleting?.name ?? '' }} confirm="app.tasks.savedFilters.delete"
        onConfirm={remove} onClose={() => setDeleting(null)} />
    </>
  );
};
