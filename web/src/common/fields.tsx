import { Chip } from '@mui/material';
import { DateField, FieldProps, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { enumKey, EnumName } from './enums';
import { useJurisdictions } from './useJurisdictions';

const get = (record: any, source: string) => source.split('.').reduce((v, k) => (v == null ? v : v[k]), record);

/** Shows the name of the jurisdiction whose code is in `source`. */
export const JurisdictionField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const { name } = useJurisdictions();
  const code = get(record, source);
  return <span title={code}>{name(code)}</span>;
};

/** Shows the translated label of an enumeration value. */
export const EnumField = ({ source, name, chip }: FieldProps & { source: string; name: EnumName; chip?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = get(record, source);
  if (value == null || value === '') return null;
  const label = translate(enumKey(name, value), { _: String(value) });
  return chip ? <Chip size="small" label={label} /> : <span>{label}</span>;
};

/** Shows a list of role codes as chips. */
export const RolesField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const roles: string[] = get(record, source) ?? [];
  return (
    <>
      {roles.map(role => (
        <Chip key={role} size="small" sx={{ mr: 0.5, mb: 0.5 }} label={translate(enumKey('role', role), { _: role })} />
      ))}
    </>
  );
};

/** Formats an ISO timestamp or date in the UI language. */
export const useFormatDate = () => {
  const locale = useLocale();
  return (value?: string | null, withTime = true) => {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return withTime
      ? date.toLocaleString(locale, { hour12: false })
      : date.toLocaleDateString(locale);
  };
};

export const formatMoney = (value?: number | string | null) =>
  value == null ? '' : Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** react-admin's DateField in the UI language, 24-hour clock. */
export const LocalDateField = (props: FieldProps & { source: string; showTime?: boolean }) => {
  const locale = useLocale();
  return <DateField {...props} locales={locale} options={props.showTime ? { hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } : undefined} />;
};
