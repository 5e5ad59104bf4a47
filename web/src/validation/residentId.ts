/**
 * Resident identity numbers per GB 11643-1999, checked exactly like the server (ResidentIds.java):
 * six region digits, eight birth-date digits, three sequence digits (odd for men), check character 0-9 or X.
 */
export type Sex = 'MALE' | 'FEMALE';
export type ResidentIdProblem = 'LENGTH' | 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

export type ResidentIdCheck =
  | { valid: true; region: string; birthDate: string; sex: Sex }
  | { valid: false; problem: ResidentIdProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** The check character for the first 17 digits. */
export const checkCharacter = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today's date in the browser's calendar as YYYY-MM-DD. */
export const localToday = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

export const checkResidentId = (id: string | null | undefined, today: string = localToday()): ResidentIdCheck => {
  if (id == null || id.length !== 18) return { valid: false, problem: 'LENGTH' };
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return { valid: false, problem: 'FORMAT' };
  if (!PROVINCES.has(id.substring(0, 2)) || id.substring(2, 6) === '0000') return { valid: false, problem: 'REGION' };
  const year = Number(id.substring(6, 10));
  const month = Number(id.substring(10, 12));
  const day = Number(id.substring(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 || month > 12 || day < 1 ||
    date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day
  ) {
    return { valid: false, problem: 'BIRTH_DATE' };
  }
  const birthDate = `${id.substring(6, 10)}-${id.substring(10, 12)}-${id.substring(12, 14)}`;
  if (year < 1880 || birthDate > today) return { valid: false, problem: 'BIRTH_DATE' };
  if (id[17] !== checkCharacter(id.substring(0, 17))) return { valid: false, problem: 'CHECKSUM' };
  const sex: Sex = Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { valid: true, region: id.substring(0, 6), birthDate, sex };
};

export const isValidResidentId = (id: string | null | undefined, today?: string): boolean =>
  checkResidentId(id, today).valid;

/** Builds a valid number from its parts (tests, demo data). */
export const makeResidentId = (region: string, birthDate: string, sequence: number): string => {
  const first17 = region + birthDate.replace(/-/g, '') + pad(sequence, 3);
  return first17 + checkCharacter(first17);
};

/** Translation key of a problem, for form messages. */
export const residentIdMessage = (problem: ResidentIdProblem): string =>
  `app.validation.residentId.${problem}`;
