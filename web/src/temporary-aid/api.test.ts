import { describe, expect, it } from 'vitest';
import { decodeResidentId } from './api';

describe('decodeResidentId', () => {
  it('reads birth date and sex from a resident ID', () => {
    expect(decodeResidentId('110105198001010016')).toEqual({ birthDate: '1980-01-01', sex: 'MALE' });
    expect(decodeResidentId('11010519900215002x')).toEqual({ birthDate: '1990-02-15', sex: 'FEMALE' });
  });

  it('gives nothing for a malformed ID', () => {
    expect(decodeResidentId('1101051980')).toBeNull();
    expect(decodeResidentId('110105198013450016')).toBeNull();
  });
});
