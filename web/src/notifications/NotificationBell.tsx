import { MouseEvent, useState } from 'react';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Badge, Box, IconButton, List, ListItemButton, ListItemText, ListSubheader, Popover, Tooltip, Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import type { AppDataProvider, Notification } from '../dataProvider';
import { canSeeTasks } from '../authProvider';
import { useFormatDate } from '../common/fields';
import { groupNotifications, targetOf, unreadIdsOfTask } from './notifications';

const QUERY_KEY = ['notifications'];

/**
 * 提醒: the bell in the app bar with the number of unread due-soon and overdue notices of my groups; the list
 * opens a task and marks its notices read.
 */
export const NotificationBell = () => {
  const { permissions: roles } = usePermissions<string[]>();
  if (!canSeeTasks(roles)) return null;
  return <Bell />;
};

const Bell = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useQuery({
    queryKey: QUERY_KEY, queryFn: () => dataProvider.notifications(), refetchInterval: 60_000, retry: false,
  });
  const { unread, sections } = groupNotifications(data);

  const open = async (notification: Notification) => {
    setAnchor(null);
    navigate(targetOf(notification));
    const ids = unreadIdsOfTask(data, notification.taskId);
    // A notice that cannot be marked (gone meanwhile) must not keep the task from opening.
    await Promise.allSettled(ids.map(id => dataProvider.readNotification(id)));
    queryClient.invalidateQueries({ queryKey: QUERY_KEY });
  };

  const title = unread ? translate('app.notifications.unread', { smart_count: unread }) : translate('app.notifications.title');
  return (
    <>
      <Tooltip title={title}>
        <IconButton color="inherit" aria-label={title} data-testid="notification-bell"
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}>
          <Badge badgeContent={unread} color="error" max={99} data-testid="notification-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
        <Box sx={{ width: 380, maxHeight: 480, overflowY: 'auto' }} data-testid="notification-list">
          {sections.length === 0 && (
            <Typography sx={{ p: 2 }} color="text.secondary">{translate('app.notifications.none')}</Typography>
          )}
          {sections.map(section => (
            <List key={section.kind} dense disablePadding
              subheader={<ListSubheader sx={{ color: section.kind !== 'DUE_SOON' ? 'error.main' : 'warning.dark' }}>
                {translate(`app.notifications.kinds.${section.kind}`)}
              </ListSubheader>}>
              {section.items.map(notification => (
                <ListItemButton key={notification.id} onClick={() => open(notification)} data-testid="notification"
                  data-read={notification.read}>
                  <ListItemText
                    primary={`${notification.caseNumber ?? '—'} · ${notification.step ?? translate('app.notifications.caseTimeLimit')}`}
                    secondary={notification.due ? translate('app.notifications.due', { date: formatDate(notification.due) }) : null}
                    slotProps={{ primary: { fontWeight: notification.read ? 400 : 600, noWrap: true } }} />
                  {!notification.read && <FiberManualRecordIcon color="error" sx={{ fontSize: 10, ml: 1 }} />}
                </ListItemButton>
              ))}
            </List>
          ))}
        </Box>
      </Popover>
    </>
  );
};
