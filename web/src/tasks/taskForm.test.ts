import { describe, expect, it } from 'vitest';
import { formFieldLabels, serverFieldErrors } from './taskForm';
import type { FormSchema } from '../dataProvider';

const schema: FormSchema = {
  id: 'investigate-household',
  components: [
    { key: 'visitDate', type: 'datetime', subtype: 'date', dateLabel: '入户日期' },
    { key: 'investigators', type: 'textfield', label: '调查人员（至少两人，用顿号分隔）' },
    { type: 'group', label: '现场', components: [
      { key: 'livingConditions', type: 'select', label: '居住状况' },
      { key: 'membersPresent', type: 'number', label: '在场家庭成员人数' },
    ] },
    { key: 'familySigned', type: 'checkbox', label: '家庭成员已在调查记录上签字' },
  ],
};

describe('task form errors', () => {
  it('knows the labels of the fields, inside groups too, a date by its date label', () => {
    expect(formFieldLabels(schema)).toEqual({
      visitDate: '入户日期',
      investigators: '调查人员（至少两人，用顿号分隔）',
      livingConditions: '居住状况',
      membersPresent: '在场家庭成员人数',
      familySigned: '家庭成员已在调查记录上签字',
    });
    expect(formFieldLabels(null)).toEqual({});
  });

  it('maps the server errors to the field labels, in the order of the form', () => {
    expect(serverFieldErrors(schema, [
      { field: 'familySigned', code: 'REQUIRED', message: '必须勾选' },
      { field: 'membersPresent', code: 'MAX', message: '不能大于 20' },
    ])).toEqual([
      { field: 'membersPresent', label: '在场家庭成员人数', message: '不能大于 20' },
      { field: 'familySigned', label: '家庭成员已在调查记录上签字', message: '必须勾选' },
    ]);
  });

  it('keeps errors of unknown fields, and without a message shows the code', () => {
    expect(serverFieldErrors(schema, [
      { field: 'salary', code: 'UNKNOWN_FIELD', message: null },
      { field: 'visitDate', code: 'INVALID_DATE', message: '日期无效' },
      { field: null, code: 'FORM_INVALID', message: '表单无效' },
    ])).toEqual([
      { field: 'visitDate', label: '入户日期', message: '日期无效' },
      { field: 'salary', label: 'salary', message: 'UNKNOWN_FIELD' },
      { field: '', label: '', message: '表单无效' },
    ]);
    expect(serverFieldErrors(schema, undefined)).toEqual([]);
  });
});
