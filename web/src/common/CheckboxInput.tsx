import { useInput, useTranslate } from 'react-admin';
import { Checkbox, FormControl, FormControlLabel, FormHelperText } from '@mui/material';

/** A single checkbox bound to a boolean form value, showing its validation message. */
export const CheckboxInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source });
  const error = fieldState.error?.message as any;
  const message = error && (typeof error === 'string' ? translate(error, { _: error }) : translate(error.message, { _: error.message, ...error.args }));
  return (
    <FormControl error={!!error} sx={{ display: 'block' }}>
      <FormControlLabel
        control={<Checkbox checked={!!field.value} onChange={e => field.onChange(e.target.checked)} onBlur={field.onBlur} name={field.name} />}
        label={translate(label)}
      />
      {message && <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{message}</FormHelperText>}
    </FormControl>
  );
};
