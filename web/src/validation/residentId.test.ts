import { describe, expect, it } from 'vitest';
import { checkCharacter, checkResidentId, isValidResidentId, makeResidentId } from './residentId';

const TODAY = '2026-11-27';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a valid male number and decodes birth date and sex', () => {
    expect(checkResidentId('110105198001010016', TODAY)).toEqual({
      valid: true, region: '110105', birthDate: '1980-01-01', sex: 'MALE',
    });
  });

  it('accepts a valid female number', () => {
    expect(checkResidentId('110105198202020026', TODAY)).toEqual({
      valid: true, region: '110105', birthDate: '1982-02-02', sex: 'FEMALE',
    });
  });

  it('accepts the example of the standard, whose check character is X', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toMatchObject({ valid: true, sex: 'FEMALE' });
  });

  it('computes the check character with the ISO 7064 MOD 11-2 weights', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('11010519800101001')).toBe('6');
  });

  it.each([
    ['', 'LENGTH'],
    ['11010519800101001', 'LENGTH'],
    ['1101051980010100166', 'LENGTH'],
    [null, 'LENGTH'],
    ['11010519491231002x', 'FORMAT'],
    ['1101051980A1010016', 'FORMAT'],
    ['X10105198001010016', 'FORMAT'],
    ['11010519800101001Y', 'FORMAT'],
    ['160105198001010016', 'REGION'],
    ['990105198001010016', 'REGION'],
    ['110000198001010016', 'REGION'],
    ['110105198002300016', 'BIRTH_DATE'],
    ['110105198013010016', 'BIRTH_DATE'],
    ['110105198001000016', 'BIRTH_DATE'],
    ['110105190002290016', 'BIRTH_DATE'],
    ['110105187912310016', 'BIRTH_DATE'],
    ['110105198001010017', 'CHECKSUM'],
    ['11010519491231002X'.replace('X', '0'), 'CHECKSUM'],
  ])('rejects %s (%s)', (id, problem) => {
    expect(checkResidentId(id as string, TODAY)).toEqual({ valid: false, problem });
  });

  it('rejects a birth date in the future but accepts today', () => {
    const tomorrow = makeResidentId('110105', '2026-11-28', 1);
    const today = makeResidentId('110105', '2026-11-27', 1);
    expect(checkResidentId(tomorrow, TODAY)).toEqual({ valid: false, problem: 'BIRTH_DATE' });
    expect(isValidResidentId(today, TODAY)).toBe(true);
  });

  it('accepts a leap day and the year 1880', () => {
    expect(isValidResidentId(makeResidentId('110105', '2000-02-29', 12), TODAY)).toBe(true);
    expect(isValidResidentId(makeResidentId('110105', '1880-01-01', 12), TODAY)).toBe(true);
  });

  it('accepts the Hong Kong, Macao and Taiwan prefixes', () => {
    for (const region of ['810101', '820101', '830101', '710101']) {
      expect(isValidResidentId(makeResidentId(region, '1990-05-05', 3), TODAY)).toBe(true);
    }
  });

  it('reads the sex from the 17th digit', () => {
    expect(checkResidentId(makeResidentId('310101', '1990-05-05', 3), TODAY)).toMatchObject({ sex: 'MALE' });
    expect(checkResidentId(makeResidentId('310101', '1990-05-05', 4), TODAY)).toMatchObject({ sex: 'FEMALE' });
  });
});
