import { AppBar, Layout, LayoutProps, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AppMenu } from './AppMenu';
import { NotificationBell } from '../notifications/NotificationBell';

const AppTitle = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" noWrap sx={{ mr: 3, fontWeight: 600, display: { xs: 'none', md: 'block' } }}>
      {translate('app.title')}
    </Typography>
  );
};

const AppAppBar = () => (
  <AppBar color="secondary" toolbar={<><NotificationBell /><LocalesMenuButton /></>}>
    <AppTitle />
    <TitlePortal />
    <Box flex={1} />
  </AppBar>
);

export const AppLayout = ({ children }: LayoutProps) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    {children}
  </Layout>
);
