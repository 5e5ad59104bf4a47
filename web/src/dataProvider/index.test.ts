import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { withFieldErrors } from '.';

describe('field errors for react-admin forms', () => {
  it('turns the problem array into an object keyed by field', async () => {
    const problem = {
      code: 'VALIDATION_FAILED', title: '提交的信息有误',
      errors: [{ field: 'password', code: 'PASSWORD_IS_USERNAME', message: '密码不能与用户名相同' }],
    };
    await expect(withFieldErrors(() => Promise.reject(new HttpError('提交的信息有误', 422, problem)))).rejects.toMatchObject({
      status: 422, body: { errors: { password: '密码不能与用户名相同' }, problemErrors: problem.errors },
    });
  });

  it('leaves problems without field errors alone', async () => {
    const error = new HttpError('用户名已被使用', 409, { code: 'USERNAME_TAKEN' });
    await expect(withFieldErrors(() => Promise.reject(error))).rejects.toBe(error);
  });
});
