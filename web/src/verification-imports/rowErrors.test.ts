import { describe, expect, it } from 'vitest';
import { importErrorRows } from './rowErrors';

describe('import row errors', () => {
  it('lists header problems first, then cells by file line, with column names', () => {
    const rows = importErrorRows([
      { field: 'rows[12].amount', code: 'INVALID_AMOUNT', message: '金额格式不正确' },
      { field: 'rows[3].resident_id', code: 'CHECKSUM' },
      { field: 'columns.month', code: 'MISSING', message: '缺少必填列' },
      { field: 'rows[3].month', code: 'AFTER_EXTRACT_DATE', message: '晚于提取日期' },
    ], code => ({ amount: '应发工资（元）', resident_id: '身份证号码', month: '月份' } as Record<string, string>)[code] ?? code);
    expect(rows).toEqual([
      { line: null, column: '月份', code: 'MISSING', message: '缺少必填列' },
      { line: 3, column: '身份证号码', code: 'CHECKSUM', message: 'CHECKSUM' },
      { line: 3, column: '月份', code: 'AFTER_EXTRACT_DATE', message: '晚于提取日期' },
      { line: 12, column: '应发工资（元）', code: 'INVALID_AMOUNT', message: '金额格式不正确' },
    ]);
  });

  it('keeps errors that name no row or column', () => {
    expect(importErrorRows([{ field: 'file', code: 'REQUIRED' }])).toEqual([{ line: null, column: 'file', code: 'REQUIRED', message: 'REQUIRED' }]);
    expect(importErrorRows(undefined)).toEqual([]);
  });
});
