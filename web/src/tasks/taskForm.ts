import type { FormComponent, FormSchema } from '../dataProvider';

/** One field error of a refused completion (422 VALIDATION_FAILED), as the API sends it. */
export type ServerFieldError = { field?: string | null; code?: string | null; message?: string | null };

/** A server error ready to show: the form field's label (its key when the form has no such field) and the text. */
export type ShownFieldError = { field: string; label: string; message: string };

/** Every component of a form-js schema, also those inside groups and other containers. */
const walk = (components: FormComponent[] | undefined): FormComponent[] =>
  (components ?? []).flatMap(component => [component, ...walk(component.components)]);

/** The labels of a form's fields by key (a date field may carry only its date label). */
export const formFieldLabels = (schema: FormSchema | null | undefined): Record<string, string> =>
  Object.fromEntries(walk(schema?.components)
    .filter(component => component.key)
    .map(component => [component.key as string,
      component.label || component.dateLabel || component.timeLabel || (component.key as string)]));

/**
 * Maps the field errors of a 422 answer to the labels of the form's fields, in the order of the form; errors of
 * fields the form does not have (e.g. unknown fields the server refused) and errors without a field come last.
 */
export const serverFieldErrors = (
  schema: FormSchema | null | undefined, errors: ServerFieldError[] | null | undefined,
): ShownFieldError[] => {
  const labels = formFieldLabels(schema);
  const order = Object.keys(labels);
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index < 0 ? order.length : index;
  };
  return (errors ?? [])
    .map(error => {
      const field = error.field ?? '';
      return { field, label: labels[field] ?? field, message: error.message || error.code || '' };
    })
    .map((error, index) => ({ error, index }))
    .sort((a, b) => rank(a.error.field) - rank(b.error.field) || a.index - b.index)
    .map(({ error }) => error);
};
