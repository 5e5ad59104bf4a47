import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n';
import { translateFormJsErrors, translateFormJsMessage } from './formJsMessages';

const zh = (key: string, options?: any) => i18nProvider.translate(key, options);

describe('form-js validation messages', () => {
  it('says the built-in messages in Chinese', () => {
    expect(translateFormJsMessage('Field is required.', zh)).toBe('必填');
    expect(translateFormJsMessage('Field must have minimum value of 2.', zh)).toBe('不能小于 2');
    expect(translateFormJsMessage('Field must have maximum length of 500.', zh)).toBe('不能超过 500 个字符');
    expect(translateFormJsMessage('Value is expected to have at most 2 decimal digits.', zh)).toBe('最多 2 位小数');
    expect(translateFormJsMessage('Please select a valid value, the two nearest valid values are 5 and 10.', zh))
      .toBe('请输入有效的值，最接近的两个有效值是 5 和 10');
    expect(translateFormJsMessage('Field must be a valid  international phone number. (e.g. +4930664040900)', zh))
      .toBe('须为有效的国际电话号码（例如 +861012345678）');
  });

  it('keeps messages the form author wrote', () => {
    expect(translateFormJsMessage('调查人员至少两人', zh)).toBe('调查人员至少两人');
  });

  it('keeps the English wording in English', async () => {
    await i18nProvider.changeLocale('en');
    try {
      expect(translateFormJsMessage('Field is required.', zh)).toBe('Required');
      expect(translateFormJsMessage('Field must have minimum length of 3.', zh)).toBe('At least 3 characters');
    } finally {
      await i18nProvider.changeLocale('zh-CN');
    }
  });

  it('wraps the validator service of a form', () => {
    const validator = {
      validateField: () => ['Field is required.'],
      validateFieldInstance: () => ['Field must have maximum value of 9.', '自定义'],
    };
    translateFormJsErrors(validator, zh);
    expect(validator.validateField()).toEqual(['必填']);
    expect(validator.validateFieldInstance()).toEqual(['不能大于 9', '自定义']);
  });
});
