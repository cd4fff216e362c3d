/**
 * Demo library for the demo tenant (server/src/demo/seed.ts makes its partners and people): spaces
 * gated differently — everyone, gold-tier partners only, Globex only, principals only — with small
 * real files (a PDF, a PNG, a CSV) in the plugin's storage, and one file with two versions.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { PARTNER_ROLES, type SeedContext } from '@portico/core';
import { demoPdf, demoPng } from './demo-files.js';
import type { FileStorage } from './storage/storage.js';

interface DemoFile {
  name: string;
  description: string;
  contentType: string;
  versions: Buffer[];
}

interface DemoSpace {
  title: string;
  description: string;
  visibility: 'all' | 'partners' | 'tiers';
  partners?: string[];
  tiers?: string[];
  allowedRoles: string[];
  files: DemoFile[];
}

const EVERY_PARTNER_ROLE = [...PARTNER_ROLES];

const SPACES: DemoSpace[] = [
  {
    title: 'Brand and logos',
    description: 'Logos and the brand guide for co-marketing.',
    visibility: 'all',
    allowedRoles: EVERY_PARTNER_ROLE,
    files: [
      { name: 'Northwind logo.png', description: 'Primary logo on a light background', contentType: 'image/png', versions: [demoPng(64, 32, [31, 78, 160])] },
      { name: 'Brand guide.pdf', description: 'Colours, type and logo use', contentType: 'application/pdf', versions: [demoPdf('Northwind Cloud - Brand guide')] },
    ],
  },
  {
    title: 'Sales playbook',
    description: 'Pitch, price list and competitive notes for selling Northwind Cloud.',
    visibility: 'all',
    allowedRoles: ['partner_admin', 'principal', 'salesperson'],
    files: [
      {
        name: 'Price list.pdf',
        description: 'Reseller prices, current quarter',
        contentType: 'application/pdf',
        versions: [demoPdf('Price list - Q1'), demoPdf('Price list - Q2')],
      },
      { name: 'Discount bands.csv', description: 'Discount per tier and volume', contentType: 'text/csv', versions: [Buffer.from('tier,seats,discount_percent\ngold,100,30\nsilver,100,20\nbronze,100,10\n')] },
    ],
  },
  {
    title: 'Gold partner roadmap',
    description: 'The product roadmap under NDA, for gold partners.',
    visibility: 'tiers',
    tiers: ['gold'],
    allowedRoles: ['partner_admin', 'principal'],
    files: [{ name: 'Roadmap.pdf', description: 'Next two releases', contentType: 'application/pdf', versions: [demoPdf('Roadmap - confidential')] }],
  },
  {
    title: 'Globex onboarding',
    description: 'Material prepared for Globex Intégration.',
    visibility: 'partners',
    partners: ['Globex Intégration'],
    allowedRoles: EVERY_PARTNER_ROLE,
    files: [{ name: 'Guide de démarrage.pdf', description: 'Premiers pas avec Northwind Cloud', contentType: 'application/pdf', versions: [demoPdf('Guide de demarrage')] }],
  },
];

const sql = {
  text: (values: string[]) => `{${values.map((v) => JSON.stringify(v)).join(',')}}`,
};

export function seedDemoWith(storage: FileStorage) {
  return async function seedDemo({ db, tenant, log }: SeedContext): Promise<void> {
    if (await db('document_spaces').where({ tenantId: tenant.id }).first('id')) return;
    const partners = new Map<string, string>((await db('partners').where({ tenantId: tenant.id }).select('id', 'name')).map((p) => [p.name, p.id]));
    const staff = await db('people').where({ tenantId: tenant.id, kind: 'staff' }).orderBy('createdAt').first('id');
    let files = 0;
    for (const space of SPACES) {
      const partnerIds = (space.partners ?? []).map((name) => partners.get(name)).filter((id): id is string => !!id);
      const [row] = await db('document_spaces')
        .insert({
          tenantId: tenant.id,
          title: space.title,
          description: space.description,
          visibility: space.visibility,
          partnerIds: db.raw('?::uuid[]', [`{${partnerIds.join(',')}}`]),
          tiers: db.raw('?::text[]', [sql.text(space.tiers ?? [])]),
          allowedRoles: db.raw('?::text[]', [sql.text(space.allowedRoles)]),
          createdBy: staff?.id ?? null,
        })
        .returning('id');
      for (const file of space.files) {
        const [fileRow] = await db('document_files').insert({ tenantId: tenant.id, spaceId: row.id, name: file.name, description: file.description, createdBy: staff?.id ?? null }).returning('id');
        let current = '';
        for (const [i, content] of file.versions.entries()) {
          const stored = await storage.put(Readable.from([content]));
          const [version] = await db('document_versions')
            .insert({
              tenantId: tenant.id,
              fileId: fileRow.id,
              number: i + 1,
              storageKey: stored.key,
              fileName: file.name,
              contentType: file.contentType,
              size: stored.size,
              sha256: createHash('sha256').update(content).digest('hex'),
              uploadedBy: staff?.id ?? null,
            })
            .returning('id');
          current = version.id;
        }
        await db('document_files').where({ tenantId: tenant.id, id: fileRow.id }).update({ currentVersionId: current, versionCount: file.versions.length });
        files++;
      }
    }
    log.info({ spaces: SPACES.length, files }, 'demo documents seeded');
  };
}
