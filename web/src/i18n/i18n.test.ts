import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import zh from './zh';
import en from './en';
import { ENUMS } from '../common/enums';

const flatten = (object: Record<string, any>, prefix = ''): string[] =>
  Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === 'object' ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`]);

const lookup = (messages: Record<string, any>, key: string) =>
  key.split('.').reduce<any>((node, part) => (node == null ? undefined : node[part]), messages);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** Every literal translation key in the code: 'app.…', 'ra.…', 'resources.…'. */
const keysUsedInCode = () => {
  const keys = new Set<string>();
  for (const file of sourceFiles(join(__dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]((?:app|ra|resources)\.[A-Za-z0-9_.-]+?)['"`]/g)) {
      if (!match[1].endsWith('.')) keys.add(match[1]);
    }
  }
  return [...keys];
};

describe('translations', () => {
  const zhKeys = flatten(zh);
  const enKeys = flatten(en);

  it('has every Chinese key in English', () => {
    expect(zhKeys.filter(key => !enKeys.includes(key))).toEqual([]);
  });

  it('has every English key in Chinese', () => {
    expect(enKeys.filter(key => !zhKeys.includes(key))).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [...zhKeys.map(k => ['zh', k, lookup(zh, k)]), ...enKeys.map(k => ['en', k, lookup(en, k)])]
      .filter(([, key, value]) => typeof value !== 'string' || (value.trim() === '' && !key.endsWith('boolean.null')));
    expect(empty).toEqual([]);
  });

  it('covers every react-admin key of ra-language-english', async () => {
    const { default: english } = await import('ra-language-english');
    const missing = flatten(english).filter(key => lookup(zh, key) === undefined || lookup(en, key) === undefined);
    expect(missing).toEqual([]);
  });

  it('translates every key used in the code', () => {
    const used = keysUsedInCode();
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter(key => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('translates every value of every enumeration', () => {
    const missing = Object.entries(ENUMS).flatMap(([name, values]) =>
      values.map(value => `app.enums.${name}.${value}`)
        .filter(key => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string'));
    expect(missing).toEqual([]);
  });

  it('translates the field labels of every resource', () => {
    for (const resource of ['households', 'cases', 'audit', 'users', 'tasks']) {
      expect(lookup(zh, `resources.${resource}.fields`)).toBeTypeOf('object');
      expect(Object.keys(lookup(zh, `resources.${resource}.fields`))).toEqual(Object.keys(lookup(en, `resources.${resource}.fields`)));
    }
  });

  it('keeps the legal time-limit text of the receipt', () => {
    expect(zh.app.receipt.timeLimitText).toBe('自受理之日起30个工作日内办结（可依法延长至45个工作日）');
  });
});
