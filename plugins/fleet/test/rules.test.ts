import { describe, expect, it } from 'vitest';
import { splitChange } from '../src/mandates/rules.js';
import type { Terms } from '../src/schemas.js';

const today = '2026-12-07';
const current: Terms = { scope: ['view-financials', 'file-returns'], validFrom: '2026-01-01', validUntil: '2027-06-30', status: 'active' };

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { status: number; errors?: { field: string }[] };
  }
  throw new Error('expected a refusal');
};

describe('what applies at once and what is proposed', () => {
  it('takes capabilities out at once and proposes the ones added', () => {
    const split = splitChange(current, { scope: ['view-financials', 'manage-payroll'] }, today);
    expect(split.now.scope).toEqual(['view-financials']);
    expect(split.nowDiff).toEqual({ scope: { added: [], removed: ['file-returns'] } });
    expect(split.proposed?.scope).toEqual(['view-financials', 'manage-payroll']);
    expect(split.proposedDiff).toEqual({ scope: { added: ['manage-payroll'], removed: [] } });
  });

  it('an earlier end is a reduction; a later end, or none, an extension', () => {
    expect(splitChange(current, { validUntil: '2027-01-31' }, today)).toMatchObject({ now: { validUntil: '2027-01-31' }, proposed: null });
    expect(splitChange(current, { validUntil: '2028-01-31' }, today)).toMatchObject({ now: { validUntil: '2027-06-30' }, proposed: { validUntil: '2028-01-31' } });
    expect(splitChange(current, { validUntil: null }, today)).toMatchObject({ now: { validUntil: '2027-06-30' }, proposed: { validUntil: null } });
    expect(splitChange({ ...current, validUntil: null }, { validUntil: '2027-01-31' }, today)).toMatchObject({ now: { validUntil: '2027-01-31' }, proposed: null });
  });

  it('a later start is a reduction, an earlier one an extension', () => {
    expect(splitChange(current, { validFrom: '2026-03-01' }, today)).toMatchObject({ now: { validFrom: '2026-03-01' }, proposed: null });
    expect(splitChange(current, { validFrom: '2025-06-01' }, today)).toMatchObject({ now: { validFrom: '2026-01-01' }, proposed: { validFrom: '2025-06-01' } });
  });

  it('suspending and ending apply at once; resuming is proposed', () => {
    expect(splitChange(current, { status: 'suspended' }, today)).toMatchObject({ now: { status: 'suspended' }, proposed: null });
    expect(splitChange(current, { status: 'ended' }, today)).toMatchObject({ now: { status: 'ended' }, proposed: null });
    expect(splitChange({ ...current, status: 'suspended' }, { status: 'active' }, today)).toMatchObject({ now: { status: 'suspended' }, proposed: { status: 'active' } });
  });

  it('refuses an end in the past, an end before the start, ending with an extension, no change, and changing an ended mandate', () => {
    expect(refusal(() => splitChange(current, { validUntil: '2026-12-06' }, today)).errors?.[0].field).toBe('/validUntil');
    expect(refusal(() => splitChange(current, { validFrom: '2027-07-01', validUntil: '2027-06-30' }, today)).errors?.[0].field).toBe('/validUntil');
    expect(refusal(() => splitChange(current, { status: 'ended', scope: [...current.scope, 'manage-payroll'] }, today)).errors?.[0].field).toBe('/status');
    expect(refusal(() => splitChange(current, { scope: [...current.scope] }, today)).status).toBe(400);
    expect(refusal(() => splitChange({ ...current, status: 'ended' }, { status: 'active' }, today)).status).toBe(409);
  });
});
