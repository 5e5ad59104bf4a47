import polyglotI18nProvider from 'ra-i18n-polyglot';
import zh from './zh';
import en from './en';

export const DEFAULT_LOCALE = 'zh-CN';
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

export const messages: Record<string, typeof zh> = { 'zh-CN': zh, en };

export const i18nProvider = polyglotI18nProvider(
  locale => (locale === 'en' ? en : zh),
  DEFAULT_LOCALE,
  LOCALES,
  { allowMissing: true },
);

/** The Accept-Language value for the current UI language. */
export const acceptLanguage = (): string => (i18nProvider.getLocale() === 'en' ? 'en' : 'zh-CN');
