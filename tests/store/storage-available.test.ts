import { describe, expect, test } from 'vitest';
import { isStorageUnavailable } from '../../utils/store/storage-available';

describe('isStorageUnavailable', () => {
  test("Firefox's private-browsing refusal, as Dexie passes it on, and a missing API", () => {
    const firefox = Object.assign(
      new Error('A mutation operation was attempted on a database that did not allow mutations.'),
      { name: 'InvalidStateError' },
    );
    expect(isStorageUnavailable(firefox)).toBe(true);
    expect(isStorageUnavailable({ name: 'DatabaseClosedError', inner: firefox })).toBe(true);
    expect(
      isStorageUnavailable({ name: 'MissingAPIError', message: 'IndexedDB API missing' }),
    ).toBe(true);
    expect(isStorageUnavailable({ name: 'OpenFailedError', message: 'UnknownError' })).toBe(true);
  });

  test('an ordinary failure is not', () => {
    expect(isStorageUnavailable(new Error('HTTP 404 for manifest.json'))).toBe(false);
    expect(isStorageUnavailable({ name: 'ConstraintError', message: 'Key already exists' })).toBe(
      false,
    );
    expect(isStorageUnavailable(null)).toBe(false);
    expect(isStorageUnavailable('InvalidStateError')).toBe(false);
  });
});
