/**
 * The audit log reads as people talk (issue 23, items 7 and 9): every action by the label its plugin
 * declares, in the reader's language; every target by its name, as the plugin that wrote the entry
 * names it; and nothing a database driver answered ever reaches `before`/`after` — in the list or in
 * the CSV. Real changes made through the API of deals, documents, training, questions and team.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asTenant, sessionFor, startHarness, type Harness, type TestTenant } from '@portico/testing';
import { dealsPlugin } from '@portico/plugin-deals';
import { createDocumentsPlugin } from '@portico/plugin-documents';
import { questionsPlugin } from '@portico/plugin-questions';
import { teamPlugin } from '@portico/plugin-team';
import { trainingPlugin } from '@portico/plugin-training';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';

interface Entry {
  id: string;
  action: string;
  actionLabel: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  before: unknown;
  after: unknown;
}

/** Where a value holds what a database driver answers (`rows`, `fields`, `command`), its path; else null. */
function driverResultIn(value: unknown, where = ''): string | null {
  if (Array.isArray(value)) return value.map((v, i) => driverResultIn(v, `${where}/${i}`)).find((w) => w) ?? null;
  if (!value || typeof value !== 'object') return null;
  for (const key of ['rows', 'fields', 'command']) if (key in value) return `${where}/${key}`;
  return Object.entries(value).map(([k, v]) => driverResultIn(v, `${where}/${k}`)).find((w) => w) ?? null;
}

/** A small RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('audit labels and target names, across plugins', () => {
  let h: Harness;
  let t: TestTenant;
  let storage: string;
  const made: Record<string, string> = {};

  const list = (auth: string, query = '') => h.api('GET', `/api/v1/access/audit${query ? `?${query}` : ''}`, { auth });
  const entries = async (auth: string, query: string): Promise<Entry[]> => {
    const answer = await list(auth, `limit=100&${query}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.body.items;
  };
  const entry = (all: Entry[], action: string) => {
    const found = all.find((e) => e.action === action);
    expect(found, `an entry ${action}`).toBeDefined();
    return found!;
  };

  beforeAll(async () => {
    storage = await fs.mkdtemp(path.join(os.tmpdir(), 'portico-audit-labels-'));
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin, createDocumentsPlugin({ storage }), trainingPlugin, questionsPlugin, teamPlugin] });
    t = await h.tenant('labels');
    const staff = h.staff(t, h.allPermissions());
    const member = h.member(t, ['deals.submit', 'deals.read', 'questions.ask', 'questions.read']);

    // deals: a partner registers a deal.
    const deal = await h.api('POST', '/api/v1/deals', {
      auth: member,
      body: { customerName: 'Initech GmbH', title: '200 seats, three-year subscription', amountMinor: 4_800_000, currency: 'EUR' },
    });
    expect(deal.status, deal.text).toBe(201);
    made.deal = deal.body.id;

    // documents: staff open a space and put a file in it.
    const space = await h.api('POST', '/api/v1/documents/spaces', { auth: staff, body: { title: 'Sales playbook', visibility: 'all', allowedRoles: ['partner_admin', 'partner_user'] } });
    expect(space.status, space.text).toBe(201);
    made.space = space.body.id;
    const form = new FormData();
    form.append('file', new Blob(['Prices for 2027, per seat.\n'], { type: 'text/plain' }), 'Price list.txt');
    const file = await fetch(`${h.url}/api/v1/documents/spaces/${made.space}/files`, { method: 'POST', headers: { authorization: staff }, body: form });
    expect(file.status, await file.clone().text()).toBe(201);
    made.file = ((await file.json()) as { id: string }).id;

    // training: staff write a module.
    const module = await h.api('POST', '/api/v1/training/modules', {
      auth: staff,
      body: { title: 'Northwind Cloud basics', description: 'What every partner should know.', sections: [{ title: 'Plans', body: 'Starter, Business and Enterprise.' }] },
    });
    expect(module.status, module.text).toBe(201);
    made.module = module.body.id;

    // questions: a partner asks.
    const question = await h.api('POST', '/api/v1/questions', { auth: member, body: { subject: 'SSO with Azure AD', body: 'Is SAML single sign-on included?' } });
    expect(question.status, question.text).toBe(201);
    made.question = question.body.id;

    // team: the partner admin removes a colleague who had a client assigned — the removal counts
    // what it deleted, and that count (a driver's answer on PGlite, once) is what the audit records.
    made.colleague = await asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people').insert({ tenantId: t.id, kind: 'member', email: 'leaving@labels.test', name: 'Leaving Colleague', status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId: t.partnerId, role: 'partner_user' });
      const [client] = await trx('clients').insert({ tenantId: t.id, partnerId: t.partnerId, name: 'Contoso Retail' }).returning('id');
      await trx('team_client_assignments').insert({ tenantId: t.id, partnerId: t.partnerId, clientId: client.id, personId: person.id });
      return person.id as string;
    });
    const admin = await sessionFor(h, t.id, t.memberId, { secondFactorProven: true });
    const removed = await h.api('DELETE', `/api/v1/team/members/${made.colleague}`, { headers: admin.headers({ origin: h.url, 'sec-fetch-site': 'same-origin' }) });
    expect(removed.status, removed.text).toBe(204);
  });
  afterAll(async () => {
    await h?.close();
    if (storage) await fs.rm(storage, { recursive: true, force: true });
  });

  it('labels each action in French and in Spanish, and names deals, documents, training modules, questions and people', async () => {
    const reader = h.staff(t, [P.auditRead]);
    const fr = await entries(reader, 'locale=fr');
    expect(entry(fr, 'deals.deal.submitted')).toMatchObject({ actionLabel: 'Opportunité soumise', targetType: 'deal', targetId: made.deal, targetName: 'Initech GmbH — 200 seats, three-year subscription' });
    expect(entry(fr, 'documents.space.created')).toMatchObject({ actionLabel: 'Espace de documents créé', targetName: 'Sales playbook' });
    expect(entry(fr, 'documents.file.uploaded')).toMatchObject({ actionLabel: 'Document déposé', targetId: made.file, targetName: 'Price list.txt' });
    expect(entry(fr, 'training.module.created')).toMatchObject({ actionLabel: 'Module de formation créé', targetId: made.module, targetName: 'Northwind Cloud basics' });
    expect(entry(fr, 'questions.question.asked')).toMatchObject({ actionLabel: 'Question posée', targetId: made.question, targetName: 'SSO with Azure AD' });
    expect(entry(fr, 'team.member.removed')).toMatchObject({ actionLabel: 'Membre retiré de l’équipe', targetType: 'person', targetId: made.colleague, targetName: 'Leaving Colleague' });
    expect(entry(fr, 'access.person.removed')).toMatchObject({ actionLabel: 'Personne retirée', targetName: 'Leaving Colleague' });

    const es = await entries(reader, 'locale=es');
    expect(entry(es, 'deals.deal.submitted').actionLabel).toBe('Oportunidad enviada');
    expect(entry(es, 'documents.file.uploaded').actionLabel).toBe('Documento subido');
    expect(entry(es, 'training.module.created').actionLabel).toBe('Módulo de formación creado');
    expect(entry(es, 'questions.question.asked').actionLabel).toBe('Pregunta formulada');
    expect(entry(es, 'team.member.removed').actionLabel).toBe('Miembro eliminado del equipo');
    // Every entry of these plugins is labelled: no key shows where a label should.
    for (const e of [...fr, ...es]) expect(e.actionLabel, e.action).not.toBe(e.action);
  });

  it('speaks the reader’s own language when none is asked for, else the tenant’s', async () => {
    await asTenant(h, t.id, (trx) => trx('people').where({ id: t.staffId }).update({ locale: 'es' }));
    try {
      expect(entry(await entries(h.staff(t, [P.auditRead]), ''), 'questions.question.asked').actionLabel).toBe('Pregunta formulada');
    } finally {
      await asTenant(h, t.id, (trx) => trx('people').where({ id: t.staffId }).update({ locale: null }));
    }
    expect(entry(await entries(h.staff(t, [P.auditRead]), ''), 'questions.question.asked').actionLabel).toBe('Question asked');
  });

  it('records what the removal counted, never a driver result, in the list, the table and the CSV', async () => {
    const reader = h.staff(t, [P.auditRead]);
    const all = await entries(reader, '');
    expect(entry(all, 'team.member.removed').after).toEqual({ status: 'removed', clientsUnassigned: 1 });
    for (const e of all) {
      expect(driverResultIn(e.before), `${e.action} before`).toBeNull();
      expect(driverResultIn(e.after), `${e.action} after`).toBeNull();
    }
    const stored = await asTenant(h, t.id, (trx) => trx('audit_events').select('action', 'before', 'after'));
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(driverResultIn(row.before), `${row.action} before`).toBeNull();
      expect(driverResultIn(row.after), `${row.action} after`).toBeNull();
    }

    const csv = await h.api('GET', '/api/v1/access/audit/export?locale=fr', { auth: reader });
    expect(csv.status, csv.text).toBe(200);
    const [header, ...rows] = parseCsv(csv.text);
    const col = (name: string) => header.indexOf(name);
    expect(header.slice(0, 3)).toEqual(['created_at', 'action', 'action_label']);
    const row = (action: string) => rows.find((r) => r[col('action')] === action)!;
    expect(row('deals.deal.submitted')[col('action_label')]).toBe('Opportunité soumise');
    expect(row('deals.deal.submitted')[col('target_name')]).toBe('Initech GmbH — 200 seats, three-year subscription');
    expect(row('documents.file.uploaded')[col('target_name')]).toBe('Price list.txt');
    expect(row('training.module.created')[col('target_name')]).toBe('Northwind Cloud basics');
    expect(row('questions.question.asked')[col('target_name')]).toBe('SSO with Azure AD');
    expect(row('team.member.removed')[col('target_name')]).toBe('Leaving Colleague');
    expect(JSON.parse(row('team.member.removed')[col('after')])).toEqual({ status: 'removed', clientsUnassigned: 1 });
    for (const r of rows) {
      for (const side of ['before', 'after']) expect(driverResultIn(r[col(side)] ? JSON.parse(r[col(side)]) : null), `${r[col('action')]} ${side}`).toBeNull();
    }
  });

  it('lists every declared action with its label, the registry’s settings label too, for the action filter', async () => {
    const answer = await h.api('GET', '/api/v1/access/audit/actions?locale=fr', { auth: h.staff(t, [P.auditRead]) });
    expect(answer.status, answer.text).toBe(200);
    const items = answer.body.items as { action: string; label: string; pluginId: string }[];
    expect(items).toContainEqual({ action: 'deals.deal.approved', label: 'Opportunité approuvée', pluginId: 'deals' });
    expect(items).toContainEqual({ action: 'deals.settings.updated', label: 'Paramètres modifiés (deals)', pluginId: 'deals' });
    expect(items).toContainEqual({ action: 'access.session.created', label: 'Connexion', pluginId: 'access' });
    expect(items.map((i) => i.action)).toEqual([...items.map((i) => i.action)].sort((a, b) => a.localeCompare(b)));
    expect(items).toHaveLength(h.server.registry.auditCatalog.actions().length);
    // Like the trail itself, for those who may read it.
    expect((await h.api('GET', '/api/v1/access/audit/actions', { auth: h.member(t, []) })).status).toBe(403);
  });
});
