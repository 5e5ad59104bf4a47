import { useState } from 'react';
import {
  AppBar, Layout, LayoutProps, LocalesMenuButton, Logout, TitlePortal, UserMenu, useLogout, useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AppMenu } from './AppMenu';
import { NotificationBell } from '../notifications/NotificationBell';
import { ChangePasswordMenuItem, ForcedPasswordChange } from './ChangePassword';
import { getSession } from '../dataProvider/session';

const AppTitle = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" noWrap sx={{ mr: 3, fontWeight: 600, display: { xs: 'none', md: 'block' } }}>
      {translate('app.title')}
    </Typography>
  );
};

const AppUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => (
  <AppBar color="secondary" toolbar={<><NotificationBell /><LocalesMenuButton /></>} userMenu={<AppUserMenu />}>
    <AppTitle />
    <TitlePortal />
    <Box flex={1} />
  </AppBar>
);

export const AppLayout = ({ children }: LayoutProps) => {
  const [mustChange, setMustChange] = useState(() => !!getSession()?.user.passwordChangeRequired);
  const logout = useLogout();
  if (mustChange) {
    return <ForcedPasswordChange onDone={() => setMustChange(false)} onSignOut={() => logout()} />;
  }
  return (
    <Layout appBar={AppAppBar} menu={AppMenu}>
      {children}
    </Layout>
  );
};
