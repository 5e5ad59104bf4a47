/** One parameter of GET /api/policy/catalogue. */
export type ParameterDefinition = {
  code: string; labelZh: string; labelEn: string; unit?: string | null;
  type: 'DECIMAL' | 'INTEGER' | 'BOOLEAN' | 'ENUM';
  min?: number | string | null; max?: number | string | null; allowedValues?: string[] | null;
  defaultValue?: string | null; lowestLevel?: string; levels?: string[];
};

export const GROUPS = ['dibao', 'marginal', 'rigid', 'asset', 'increment', 'tekun', 'sla', 'notice', 'decision', 'other'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The group of a parameter from its code: asset limits of 特困 belong with the other asset limits, the rest by the
 * first segment of the code.
 */
export const groupOf = (code: string): Group => {
  if (code.startsWith('tekun.asset.')) return 'asset';
  const head = code.split('.')[0];
  return (GROUPS as readonly string[]).includes(head) ? (head as Group) : 'other';
};

/** The catalogue in the groups of the policy page, in their order, empty groups left out, catalogue order kept. */
export const groupCatalogue = (definitions: ParameterDefinition[]): { group: Group; items: ParameterDefinition[] }[] =>
  GROUPS.map(group => ({ group, items: definitions.filter(d => groupOf(d.code) === group) }))
    .filter(({ items }) => items.length > 0);

/** The label of a parameter in the UI language. */
export const definitionLabel = (definition: Pick<ParameterDefinition, 'labelZh' | 'labelEn' | 'code'>, locale: string) =>
  (locale === 'en' ? definition.labelEn : definition.labelZh) || definition.code;

/**
 * Checks a value before it is sent (the server checks again): numbers within min and max, integers whole,
 * choices among the allowed values. Returns a translation key with its arguments, or null.
 */
export const checkValue = (definition: ParameterDefinition, raw: string): { key: string; args?: Record<string, unknown> } | null => {
  const value = raw.trim();
  if (!value) return { key: 'app.validation.required' };
  if (definition.type === 'BOOLEAN') return value === 'true' || value === 'false' ? null : { key: 'app.policy.errors.INVALID_VALUE' };
  if (definition.type === 'ENUM') {
    return (definition.allowedValues ?? []).includes(value) ? null : { key: 'app.policy.errors.INVALID_VALUE' };
  }
  if (!/^-?\d+(\.\d+)?$/.test(value)) return { key: 'app.policy.errors.NOT_A_NUMBER' };
  if (definition.type === 'INTEGER' && value.includes('.')) return { key: 'app.policy.errors.NOT_AN_INTEGER' };
  const number = Number(value);
  if (definition.min != null && number < Number(definition.min)) return { key: 'app.policy.errors.BELOW_MIN', args: { min: definition.min } };
  if (definition.max != null && number > Number(definition.max)) return { key: 'app.policy.errors.ABOVE_MAX', args: { max: definition.max } };
  return null;
};
