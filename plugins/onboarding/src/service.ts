/**
 * The onboarding rules. A step is done when one of its events names the person (the actor, or a
 * payload field) — never by clicking "done"; each step once, whatever the role (a step done before a
 * role change stays done). A person's checklist is their role's list of steps, in the tenant's order;
 * when its last step is done the checklist is completed, once (`onboarding.checklist.completed`).
 */
import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry, type DomainEvent, type EventCatalog } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { OnboardingEvents } from './events.js';
import type { Checklist, PeopleProgressQuery, Progress } from './schemas.js';
import type { OnboardingSettings, OnboardingStep } from './settings.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

export interface OnboardingContext {
  db: Knex.Transaction;
  tenant: { id: string };
  settings: OnboardingSettings;
  /** The events the registered plugins declare: a step none of whose events exists is not shown. */
  eventCatalog: EventCatalog;
}

type Emit = <K extends keyof OnboardingEvents & string>(type: K, payload: import('@portico/core').Static<OnboardingEvents[K]>) => Promise<void>;

/** Whose step the event completes, if it completes this step. */
function personFor(step: OnboardingStep, event: DomainEvent): string | null {
  if (!step.events.includes(event.type)) return null;
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  for (const [field, wanted] of Object.entries(step.match ?? {})) if (payload[field] !== wanted) return null;
  const person = (step.person ?? 'actor') === 'actor' ? event.actorPersonId : payload[step.person!];
  return typeof person === 'string' && UUID.test(person) ? person : null;
}

async function membershipOf(db: Knex.Transaction, tenantId: string, personId: string): Promise<{ role: string; partnerId: string | null } | null> {
  const row = await db('memberships as m')
    .join('people as p', 'p.id', 'm.person_id')
    .where({ 'm.tenant_id': tenantId, 'm.person_id': personId })
    .first('m.role', 'm.partner_id');
  return row ? { role: row.role, partnerId: row.partnerId ?? null } : null;
}

function stepsOf(ctx: Pick<OnboardingContext, 'settings' | 'eventCatalog'>, role: string | null): OnboardingStep[] {
  const keys = (role && ctx.settings.checklists[role]) || [];
  return keys
    .map((key) => ctx.settings.steps.find((s) => s.key === key))
    .filter((s): s is OnboardingStep => !!s && s.events.some((e) => ctx.eventCatalog.has(e)));
}

/** Records what an event completes; when a checklist is finished by it, says so once. */
export async function recordEvent(ctx: OnboardingContext & { emit: Emit }, event: DomainEvent): Promise<void> {
  const done = new Map<string, string[]>();
  for (const step of ctx.settings.steps) {
    const personId = personFor(step, event);
    if (personId) done.set(personId, [...(done.get(personId) ?? []), step.key]);
  }
  for (const [personId, keys] of done) {
    const membership = await membershipOf(ctx.db, ctx.tenant.id, personId);
    if (!membership) continue;
    const inserted = await ctx.db('onboarding_completions')
      .insert(keys.map((stepKey) => ({ tenantId: ctx.tenant.id, personId, stepKey, eventId: event.id, eventType: event.type, completedAt: event.occurredAt })))
      .onConflict(['person_id', 'step_key'])
      .ignore()
      .returning('id');
    if (inserted.length === 0) continue;
    const steps = stepsOf(ctx, membership.role);
    if (steps.length === 0) continue;
    const finished = new Set<string>(await ctx.db('onboarding_completions').where({ personId }).whereIn('step_key', steps.map((s) => s.key)).pluck('step_key'));
    if (finished.size < steps.length) continue;
    const state = await ctx.db('onboarding_people').where({ personId }).forUpdate().first('id', 'completed_at');
    if (state?.completedAt) continue;
    if (state) await ctx.db('onboarding_people').where({ id: state.id }).update({ completedAt: event.occurredAt, updatedAt: new Date() });
    else await ctx.db('onboarding_people').insert({ tenantId: ctx.tenant.id, personId, completedAt: event.occurredAt });
    await ctx.emit('onboarding.checklist.completed', { personId, partnerId: membership.partnerId, role: membership.role, steps: steps.map((s) => s.key) });
  }
}

function requirePerson(actor: Actor | null): asserts actor is Actor & { personId: string } {
  if (!actor?.personId) throw problems.forbidden('Onboarding is for people: an API key has no checklist.');
}

export async function checklistOf(ctx: OnboardingContext, actor: Actor | null): Promise<Checklist> {
  requirePerson(actor);
  const membership = await membershipOf(ctx.db, ctx.tenant.id, actor.personId);
  const role = membership?.role ?? null;
  const steps = stepsOf(ctx, role);
  const done = new Map<string, Date>(
    ((await ctx.db('onboarding_completions').where({ personId: actor.personId }).select('step_key', 'completed_at')) as { stepKey: string; completedAt: Date }[]).map((r) => [r.stepKey, r.completedAt]),
  );
  const state = await ctx.db('onboarding_people').where({ personId: actor.personId }).first('completed_at', 'dismissed_at');
  const items = steps.map((s) => ({ key: s.key, title: s.title, description: s.description ?? null, link: s.link ?? null, doneAt: iso(done.get(s.key)) }));
  const count = items.filter((i) => i.doneAt).length;
  return {
    role: steps.length ? role : null,
    steps: items,
    done: count,
    total: items.length,
    completedAt: count === items.length && items.length > 0 ? (iso(state?.completedAt) ?? iso([...done.values()].sort((a, b) => +new Date(b) - +new Date(a))[0])) : null,
    dismissedAt: iso(state?.dismissedAt),
  };
}

/** Puts one's checklist away (`dismissed`) or brings it back; audited. */
export async function setDismissed(ctx: OnboardingContext & { audit(entry: AuditEntry): Promise<void> }, actor: Actor | null, dismissed: boolean): Promise<Checklist> {
  requirePerson(actor);
  const at = dismissed ? new Date() : null;
  await ctx.db('onboarding_people').insert({ tenantId: ctx.tenant.id, personId: actor.personId, dismissedAt: at }).onConflict('person_id').merge({ dismissedAt: at, updatedAt: new Date() });
  await ctx.audit({ action: dismissed ? 'onboarding.checklist.dismissed' : 'onboarding.checklist.resumed', targetType: 'person', targetId: actor.personId });
  return checklistOf(ctx, actor);
}

interface Person {
  id: string;
  name: string;
  email: string;
  role: string;
  partnerId: string;
}

/** Active partners' people whose role has a checklist (a query to page or to count). */
function peopleQuery(ctx: OnboardingContext): Knex.QueryBuilder {
  return ctx.db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where({ 'p.tenant_id': ctx.tenant.id, 'p.status': 'active' })
    .whereNotNull('m.partner_id')
    .whereIn('m.role', Object.keys(ctx.settings.checklists).filter((role) => stepsOf(ctx, role).length > 0));
}

/** Completion across partners: overall, per step, per partner (staff). */
export async function progress(ctx: OnboardingContext, actor: Actor | null): Promise<Progress> {
  if (!isStaff(actor)) throw problems.forbidden('Completion across partners is for the programme’s staff.');
  const people = (await peopleQuery(ctx).select('p.id', 'm.role', 'm.partner_id')) as Pick<Person, 'id' | 'role' | 'partnerId'>[];
  const completions = (await ctx.db('onboarding_completions as c')
    .join('memberships as m', 'm.person_id', 'c.person_id')
    .where({ 'c.tenant_id': ctx.tenant.id })
    .whereNotNull('m.partner_id')
    .select('c.person_id', 'c.step_key')) as { personId: string; stepKey: string }[];
  const doneBy = new Map<string, Set<string>>();
  for (const c of completions) doneBy.set(c.personId, (doneBy.get(c.personId) ?? new Set()).add(c.stepKey));
  const partners = new Map<string, { people: number; completed: number; stepsDone: number; stepsTotal: number }>();
  const steps = new Map(ctx.settings.steps.map((s) => [s.key, { key: s.key, title: s.title, done: 0, expected: 0 }]));
  let completed = 0;
  for (const person of people) {
    const own = stepsOf(ctx, person.role);
    const done = own.filter((s) => doneBy.get(person.id)?.has(s.key));
    for (const s of own) {
      const entry = steps.get(s.key)!;
      entry.expected++;
      if (doneBy.get(person.id)?.has(s.key)) entry.done++;
    }
    const p = partners.get(person.partnerId) ?? { people: 0, completed: 0, stepsDone: 0, stepsTotal: 0 };
    p.people++;
    p.stepsDone += done.length;
    p.stepsTotal += own.length;
    if (done.length === own.length) {
      p.completed++;
      completed++;
    }
    partners.set(person.partnerId, p);
  }
  const names = new Map<string, string>(
    ((await ctx.db('partners').where({ tenantId: ctx.tenant.id }).whereIn('id', [...partners.keys()]).select('id', 'name')) as { id: string; name: string }[]).map((r) => [r.id, r.name]),
  );
  return {
    people: people.length,
    completed,
    steps: [...steps.values()].filter((s) => s.expected > 0),
    partners: [...partners.entries()]
      .map(([partnerId, p]) => ({ partnerId, partnerName: names.get(partnerId) ?? '', ...p }))
      .sort((a, b) => a.partnerName.localeCompare(b.partnerName)),
  };
}

/** Partners' people (one partner's, with `partnerId`) and how far each got (staff), by name, in cursor pages. */
export async function peopleProgress(ctx: OnboardingContext, actor: Actor | null, query: PeopleProgressQuery) {
  if (!isStaff(actor)) throw problems.forbidden('Completion across partners is for the programme’s staff.');
  if (query.partnerId && !(await ctx.db('partners').where({ tenantId: ctx.tenant.id, id: query.partnerId }).first('id'))) throw problems.notFound('No such partner.');
  const q = peopleQuery(ctx).join('partners as pa', 'pa.id', 'm.partner_id').select('p.id', 'p.name', 'p.email', 'm.role', 'm.partner_id', 'pa.name as partner_name');
  if (query.partnerId) q.where('m.partner_id', query.partnerId);
  const page = await keysetPage<Record<string, unknown> & Person & { partnerName: string }>(q, [{ column: 'p.name', direction: 'asc' }, { column: 'p.id', direction: 'asc' }], query);
  const ids = page.items.map((p) => p.id);
  const done = (await ctx.db('onboarding_completions').whereIn('person_id', ids).select('person_id', 'step_key')) as { personId: string; stepKey: string }[];
  const states = new Map<string, { completedAt: Date | null; dismissedAt: Date | null }>(
    ((await ctx.db('onboarding_people').whereIn('person_id', ids).select('person_id', 'completed_at', 'dismissed_at')) as { personId: string; completedAt: Date | null; dismissedAt: Date | null }[]).map((r) => [r.personId, r]),
  );
  return {
    items: page.items.map((p) => {
      const own = stepsOf(ctx, p.role).map((s) => s.key);
      const mine = new Set(done.filter((d) => d.personId === p.id).map((d) => d.stepKey));
      return { personId: p.id, partnerId: p.partnerId, partnerName: p.partnerName, name: p.name, email: p.email, role: p.role, done: own.filter((k) => mine.has(k)), total: own.length, completedAt: iso(states.get(p.id)?.completedAt), dismissedAt: iso(states.get(p.id)?.dismissedAt) };
    }),
    nextCursor: page.nextCursor,
  };
}
