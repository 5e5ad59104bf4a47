import { defaultTheme, RaThemeOptions } from 'react-admin';

const fontFamily = [
  '"Noto Sans CJK SC"', '"Noto Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1d4f91' },
    secondary: { main: '#b71c1c' },
    background: { default: '#f4f6f9' },
  },
  typography: { fontFamily },
  sidebar: { width: 220, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#1d4f91', color: '#fff' } } },
  },
};
