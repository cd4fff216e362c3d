/**
 * How a requested mandate change splits into what applies at once and what needs approval. No
 * database here: the governance rule in one place.
 *
 * - Reductions apply at once: a capability taken out, a later start, an earlier end (or an end where
 *   there was none), suspending, ending.
 * - Extensions are proposed: a capability added, an earlier start, a later end (or no end), resuming a
 *   suspended mandate. Approval applies them on top of what the reductions left.
 * - Ending takes no extension with it, and an ended mandate changes no more (a new invitation makes
 *   a new agreement).
 */
import { problems } from '@portico/core';
import type { MandateStatus, Terms, TermsDiff } from '../schemas.js';

export interface RequestedChange {
  scope?: string[];
  validFrom?: string;
  validUntil?: string | null;
  status?: MandateStatus;
}

export interface SplitChange {
  /** The terms once the reductions are applied (equal to `current` when there are none). */
  now: Terms;
  nowDiff: TermsDiff;
  /** The terms once approved, or null when nothing needs approval. */
  proposed: Terms | null;
  proposedDiff: TermsDiff;
}

/** Days compare as text (`YYYY-MM-DD`); an open end (null) is later than any day. */
const endsLater = (a: string | null, b: string | null): boolean => (a === null ? b !== null : b !== null && a > b);

export function diffTerms(before: Terms | null, after: Terms): TermsDiff {
  const diff: TermsDiff = {};
  const added = after.scope.filter((k) => !before?.scope.includes(k));
  const removed = before ? before.scope.filter((k) => !after.scope.includes(k)) : [];
  if (added.length || removed.length) diff.scope = { added, removed };
  if (before?.validFrom !== after.validFrom) diff.validFrom = { from: before?.validFrom ?? null, to: after.validFrom };
  if (!before || before.validUntil !== after.validUntil) {
    if (before || after.validUntil !== null) diff.validUntil = { from: before?.validUntil ?? null, to: after.validUntil };
  }
  if (before?.status !== after.status) diff.status = { from: before?.status ?? null, to: after.status };
  return diff;
}

export const isEmptyDiff = (diff: TermsDiff): boolean => Object.keys(diff).length === 0;

/** Splits `requested` against `current` (see the module's rules); refuses what cannot be. */
export function splitChange(current: Terms, requested: RequestedChange, today: string): SplitChange {
  if (current.status === 'ended') throw problems.conflict('This mandate has ended; it changes no more. Invite the client again for a new one.', 'mandate-ended');
  const now: Terms = { ...current, scope: [...current.scope] };
  const extensions: Partial<Terms> = {};

  if (requested.scope) {
    const wanted = requested.scope;
    now.scope = current.scope.filter((k) => wanted.includes(k));
    if (wanted.some((k) => !current.scope.includes(k))) extensions.scope = [...now.scope, ...wanted.filter((k) => !current.scope.includes(k))];
  }
  if (requested.validUntil !== undefined && requested.validUntil !== current.validUntil) {
    if (requested.validUntil !== null && requested.validUntil < today) {
      throw problems.invalidField('/validUntil', 'The last day cannot be in the past; end the mandate instead.');
    }
    if (endsLater(requested.validUntil, current.validUntil)) extensions.validUntil = requested.validUntil;
    else now.validUntil = requested.validUntil;
  }
  if (requested.validFrom !== undefined && requested.validFrom !== current.validFrom) {
    if (requested.validFrom < current.validFrom) extensions.validFrom = requested.validFrom;
    // A later start is a reduction, unless the current end comes before it (then it waits for the new end).
    else if (now.validUntil === null || requested.validFrom <= now.validUntil) now.validFrom = requested.validFrom;
    else extensions.validFrom = requested.validFrom;
  }
  if (requested.status !== undefined && requested.status !== current.status) {
    if (requested.status === 'active') extensions.status = 'active';
    else now.status = requested.status;
  }

  const proposed: Terms | null = Object.keys(extensions).length > 0 ? { ...now, ...extensions } : null;
  if (proposed && now.status === 'ended') throw problems.invalidField('/status', 'Ending a mandate cannot be combined with extending it.');
  const final = proposed ?? now;
  if (final.validUntil !== null && final.validUntil < final.validFrom) throw problems.invalidField('/validUntil', 'The last day cannot come before the first.');
  const nowDiff = diffTerms(current, now);
  const proposedDiff = proposed ? diffTerms(now, proposed) : {};
  if (isEmptyDiff(nowDiff) && isEmptyDiff(proposedDiff)) throw problems.badRequest('This changes nothing: the mandate already has these terms.');
  return { now, nowDiff, proposed, proposedDiff };
}
