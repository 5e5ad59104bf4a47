import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { fileSize, uploadErrorMessage } from './documents';

const translate = (key: string, options?: any) => (key.startsWith('app.tasks.documents.errors.') ? `«${key.split('.').pop()}»` : options?._ ?? key);

describe('attachment upload errors', () => {
  it('prefers the server text for the file', () => {
    const error = new HttpError('提交的信息有误', 422, {
      code: 'VALIDATION_FAILED', errors: [{ field: 'kind', code: 'INVALID_VALUE' }, { field: 'file', code: 'TOO_LARGE', message: '文件超过 10 MB' }],
    });
    expect(uploadErrorMessage(error, translate)).toBe('文件超过 10 MB');
  });

  it('words a known code without text, at the file or as the problem code', () => {
    expect(uploadErrorMessage(new HttpError('x', 422, { errors: [{ field: 'file', code: 'UNSUPPORTED_TYPE' }] }), translate))
      .toBe('«UNSUPPORTED_TYPE»');
    expect(uploadErrorMessage(new HttpError('', 413, { code: 'FILE_TOO_LARGE' }), translate)).toBe('«FILE_TOO_LARGE»');
  });

  it('falls back to the problem title, then the message', () => {
    expect(uploadErrorMessage(new HttpError('您无权执行此操作', 403, { code: 'FORBIDDEN', title: '您无权执行此操作' }), translate))
      .toBe('您无权执行此操作');
    expect(uploadErrorMessage(new Error('Failed to fetch'), translate)).toBe('Failed to fetch');
  });

  it('shows sizes in KB and MB', () => {
    expect(fileSize(10)).toBe('1 KB');
    expect(fileSize(2048)).toBe('2 KB');
    expect(fileSize(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
