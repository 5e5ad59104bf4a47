type Translate = (key: string, options?: any) => string;

/** form-js 1.23's built-in validation messages (English only), with what each carries. */
const PATTERNS: [RegExp, string, (match: RegExpMatchArray) => Record<string, string>][] = [
  [/^Field is required\.$/, 'required', () => ({})],
  [/^Field must have minimum value of (.+)\.$/, 'minValue', m => ({ min: m[1] })],
  [/^Field must have maximum value of (.+)\.$/, 'maxValue', m => ({ max: m[1] })],
  [/^Field must have minimum length of (.+)\.$/, 'minLength', m => ({ min: m[1] })],
  [/^Field must have maximum length of (.+)\.$/, 'maxLength', m => ({ max: m[1] })],
  [/^Field must match pattern (.+)\.$/, 'pattern', m => ({ pattern: m[1] })],
  [/^Value is not a number\.$/, 'number', () => ({})],
  [/^Value is expected to be an integer\.$/, 'integer', () => ({})],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'decimals', m => ({ digits: m[1] })],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'increment', m => ({ lower: m[1], upper: m[2] })],
  [/^Field must be a valid +international phone number\./, 'phone', () => ({})],
  [/^Field must be a valid email\.$/, 'email', () => ({})],
];

/**
 * One form-js validation message in the UI language. Messages it does not know (e.g. a pattern message the form's
 * author wrote) stay as they are.
 */
export const translateFormJsMessage = (message: string, translate: Translate): string => {
  for (const [pattern, key, args] of PATTERNS) {
    const match = message.match(pattern);
    if (match) return translate(`app.tasks.form.validation.${key}`, { ...args(match), _: message });
  }
  return message;
};

type Validator = Record<'validateField' | 'validateFieldInstance', (...args: any[]) => string[]>;

/**
 * form-js has no translation hook for its validation messages; its validator service is wrapped instead, so that
 * every message it produces (on change and on submit) goes through translateFormJsMessage.
 */
export const translateFormJsErrors = (validator: Validator | undefined, translate: Translate) => {
  if (!validator) return;
  for (const method of ['validateField', 'validateFieldInstance'] as const) {
    const original = validator[method];
    if (typeof original !== 'function') continue;
    validator[method] = (...args: any[]) =>
      (original.apply(validator, args) ?? []).map((message: string) => translateFormJsMessage(message, translate));
  }
};
