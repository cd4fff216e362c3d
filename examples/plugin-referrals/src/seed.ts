/**
 * Demo referrals for the demo tenant (`portico seed-demo`, `portico start --demo`), whose partners and
 * people the server's own demo seed makes: when it has the partner "Acme Resellers", three referrals
 * of Acme — one pending, one accepted (with the fee of the settings), one declined (with a reason).
 * Written straight to the table, because a seed has no request; the rules are exercised by the tests.
 * Idempotent: nothing happens when Acme already has referrals.
 */
import { companyKey } from './normalise.js';
import { defineSeed } from './types.js';

interface DemoReferral {
  by: string;
  company: string;
  contactName: string;
  contactEmail: string;
  notes: string | null;
  status: 'pending' | 'accepted' | 'declined';
  reason?: string;
  /** Days ago it was submitted. */
  age: number;
}

const REFERRALS: DemoReferral[] = [
  { by: 'sam@acme.example', company: 'Initech', contactName: 'Peter Gibbons', contactEmail: 'peter@initech.example', notes: 'Replacing their reporting tool this quarter.', status: 'pending', age: 2 },
  { by: 'paul@acme.example', company: 'Umbrella Health', contactName: 'Alice Abernathy', contactEmail: 'alice@umbrella.example', notes: 'Met at the regional partner day.', status: 'accepted', reason: 'The customer confirmed the introduction.', age: 18 },
  { by: 'sam@acme.example', company: 'Vandelay Industries', contactName: 'Art Vandelay', contactEmail: 'art@vandelay.example', notes: null, status: 'declined', reason: 'Already a customer of ours.', age: 30 },
];

export const seedDemo = defineSeed(async ({ db, tenant, log, settings }) => {
  const acme = await db('partners').where({ tenantId: tenant.id, name: 'Acme Resellers' }).first('id');
  if (!acme) return;
  if (await db('referrals').where({ tenantId: tenant.id, partnerId: acme.id }).first('id')) return;
  const emails = [...new Set(REFERRALS.map((r) => r.by))];
  const people = new Map<string, string>((await db('people').where({ tenantId: tenant.id }).whereIn('email', emails).select('id', 'email')).map((p) => [p.email, p.id]));
  const staff = await db('people').where({ tenantId: tenant.id, kind: 'staff' }).orderBy('createdAt').first('id');
  const { feeMinor, currency } = await settings();
  let seeded = 0;
  for (const r of REFERRALS) {
    const submittedBy = people.get(r.by);
    if (!submittedBy) continue;
    const decided = r.status !== 'pending';
    const ago = (days: number) => db.raw('now() - make_interval(days => ?)', [days]);
    await db('referrals').insert({
      tenantId: tenant.id,
      partnerId: acme.id,
      submittedBy,
      company: r.company,
      companyKey: companyKey(r.company),
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      notes: r.notes,
      status: r.status,
      decisionReason: r.reason ?? null,
      decidedBy: decided ? (staff?.id ?? null) : null,
      decidedAt: decided ? ago(r.age - 3) : null,
      feeMinor: r.status === 'accepted' ? feeMinor : null,
      currency: r.status === 'accepted' ? currency : null,
      createdAt: ago(r.age),
      updatedAt: ago(decided ? r.age - 3 : r.age),
    });
    seeded++;
  }
  log.info({ referrals: seeded }, 'demo referrals seeded');
});
