import { describe, expect, it } from 'vitest';
import { deriveRecognition, isApprovedAndValidOn } from './recognition-derivation.js';

describe('deriveRecognition', () => {
  it('breaks ties of one day by the life cycle, whatever the order of the events', () => {
    const derived = deriveRecognition({
      kind: 'DUPLICATE',
      validFrom: null,
      validTo: null,
      events: [
        { status: 'APPROVED', occurredOn: '2023-02-03' },
        { status: 'SUBMITTED', occurredOn: '2023-02-03' },
      ],
      originalValidTo: '2024-03-11',
    });
    expect(derived).toEqual({
      status: 'APPROVED',
      decidedOn: '2023-02-03',
      approvedOn: '2023-02-03',
      endedOn: null,
      validFrom: '2023-02-03',
      validTo: '2024-03-11',
    });
  });

  it('keeps validity dates given in the file and is SUBMITTED without events', () => {
    expect(deriveRecognition({ kind: 'NEW', validFrom: '2020-01-01', validTo: '2020-12-31', events: [] })).toMatchObject({
      status: 'SUBMITTED',
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
  });

  it('ends validity on the day of a revocation', () => {
    // Approved 2020-03-02: five years later is 2025-03-02, so the last valid day is 2025-03-01.
    const r = deriveRecognition({
      kind: 'NEW',
      validFrom: null,
      validTo: null,
      events: [
        { status: 'SUBMITTED', occurredOn: '2020-02-20' },
        { status: 'APPROVED', occurredOn: '2020-03-02' },
        { status: 'REVOKED', occurredOn: '2022-05-10' },
      ],
    });
    expect(r).toMatchObject({ status: 'REVOKED', validTo: '2025-03-01', endedOn: '2022-05-10' });
    expect(isApprovedAndValidOn(r, '2020-03-01')).toBe(false);
    expect(isApprovedAndValidOn(r, '2020-03-02')).toBe(true);
    expect(isApprovedAndValidOn(r, '2022-05-09')).toBe(true);
    expect(isApprovedAndValidOn(r, '2022-05-10')).toBe(false);
  });
});
