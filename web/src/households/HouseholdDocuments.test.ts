import { describe, expect, it } from 'vitest';
import { checkUpload, MAX_BYTES } from './HouseholdDocuments';

describe('document upload check', () => {
  it('accepts PDF, JPEG and PNG up to 10 MB', () => {
    expect(checkUpload({ type: 'application/pdf', size: MAX_BYTES })).toBeNull();
    expect(checkUpload({ type: 'image/jpeg', size: 1 })).toBeNull();
    expect(checkUpload({ type: 'image/png', size: 1 })).toBeNull();
  });

  it('refuses other types and larger files', () => {
    expect(checkUpload({ type: 'image/gif', size: 1 })).toBe('app.household.fileType');
    expect(checkUpload({ type: 'application/pdf', size: MAX_BYTES + 1 })).toBe('app.household.fileSize');
  });
});
