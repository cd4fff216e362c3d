/**
 * Demo data: two published modules with real content and quizzes, so the catalog, a module page and
 * coverage have something true to show. Idempotent: a tenant that already has modules is left alone.
 */
import type { SeedContext } from '@portico/core';
import { documentFilesNamed } from '@portico/plugin-documents';
import { totalPoints, withIds, type QuestionInput } from './grading.js';

interface DemoModule {
  title: string;
  description: string;
  sections: { title: string; body: string }[];
  quiz: QuestionInput[];
  passThreshold: number;
  validForDays: number | null;
  requiredFor: 'all' | string[];
  /** Names of the documents plugin's demo files to attach, when that plugin seeded them first. */
  documents?: string[];
}

const single = (prompt: string, points: number, correct: string, wrong: string[]): QuestionInput => ({
  prompt,
  kind: 'single',
  points,
  options: [correct, ...wrong].sort().map((text) => ({ text, correct: text === correct })),
});

const multiple = (prompt: string, points: number, correct: string[], wrong: string[]): QuestionInput => ({
  prompt,
  kind: 'multiple',
  points,
  options: [...correct, ...wrong].sort().map((text) => ({ text, correct: correct.includes(text) })),
});

export const DEMO_MODULES: DemoModule[] = [
  {
    title: 'Northwind Cloud fundamentals',
    documents: ['Price list.pdf', 'Brand guide.pdf'],
    description:
      'The platform every Northwind partner sells and supports: what it is, who it is for, and how it is priced. **Required for everyone in the programme.**',
    sections: [
      {
        title: 'What Northwind Cloud is',
        body: [
          'Northwind Cloud is a managed platform for running business applications: hosting, a managed PostgreSQL database, object storage and single sign-on, operated by Northwind in three regions (`eu-west`, `us-east`, `ap-southeast`).',
          '',
          'Customers keep their data in the region they choose; Northwind never moves it between regions.',
        ].join('\n'),
      },
      {
        title: 'Plans',
        body: [
          '| Plan | For | Includes |',
          '|---|---|---|',
          '| Starter | teams trying the platform | one region, community support |',
          '| Business | production workloads | single sign-on, daily backups, 99.9 % uptime commitment |',
          '| Enterprise | regulated customers | everything in Business, dedicated support, 99.95 % uptime, audit exports |',
          '',
          'Prices are per workspace per month, billed annually; partners receive their margin on the list price.',
        ].join('\n'),
      },
      {
        title: 'Support',
        body: 'Partners give first-line support to their customers. Anything they cannot solve goes to Northwind through the **Questions** page of this portal, with the deal or customer it concerns.',
      },
    ],
    quiz: [
      single('In how many regions does Northwind operate Northwind Cloud?', 1, 'Three', ['One', 'Two', 'Five']),
      single('Which is the lowest plan that includes single sign-on?', 2, 'Business', ['Starter', 'Enterprise']),
      multiple('Which of these does Northwind Cloud provide?', 2, ['Managed PostgreSQL', 'Object storage', 'Single sign-on'], ['On-premises servers', 'Payroll processing']),
      single('Where do partners send a customer problem they cannot solve?', 1, 'The Questions page of the partner portal', ['The customer’s own IT team', 'Northwind’s public forum']),
      single('Can Northwind move a customer’s data to another region?', 1, 'No, data stays in the region the customer chose', ['Yes, to balance load', 'Only for Starter plans']),
    ],
    passThreshold: 80,
    validForDays: 365,
    requiredFor: 'all',
  },
  {
    title: 'Selling Northwind security',
    description: 'How to present Northwind Cloud’s security to a customer’s security team, and which commitments you may make in a deal.',
    sections: [
      {
        title: 'The security story in one minute',
        body: [
          '- Data is encrypted at rest (AES-256) and in transit (TLS 1.2 or newer).',
          '- Every customer workspace is isolated; Northwind staff access is logged and reviewed.',
          '- Northwind holds an ISO/IEC 27001 certification and publishes a SOC 2 Type II report under NDA.',
        ].join('\n'),
      },
      {
        title: 'What you may promise',
        body: [
          'You may share the ISO certificate and, once the customer has signed Northwind’s NDA, the SOC 2 report.',
          '',
          'Never promise custom contractual terms (penetration tests on demand, a different data region, longer log retention) without written approval from your Northwind partner manager: register the deal first and ask through the deal.',
        ].join('\n'),
      },
      {
        title: 'Handling a security questionnaire',
        body: 'Use the answers in the **Security pack** of the Documents page. Questions the pack does not answer go to Northwind through the Questions page, linked to the deal.',
      },
    ],
    quiz: [
      single('What must a customer sign before you share the SOC 2 report?', 2, 'Northwind’s NDA', ['Nothing', 'A purchase order']),
      multiple('Which of these may you promise without approval?', 3, ['Encryption at rest', 'Sharing the ISO/IEC 27001 certificate'], ['On-demand penetration tests', 'Longer log retention']),
      single('Where do questions the Security pack does not answer go?', 1, 'The Questions page, linked to the deal', ['The customer’s auditor', 'A personal email to Northwind engineers']),
      single('Which TLS versions protect data in transit?', 1, 'TLS 1.2 or newer', ['Any SSL version', 'TLS 1.0 only']),
    ],
    passThreshold: 80,
    validForDays: 180,
    requiredFor: ['principal', 'salesperson'],
  },
];

/** The ids of the tenant's document files with these names (none without the documents plugin). */
async function documentIds({ db, plugins }: SeedContext, tenantId: string, names: string[] | undefined): Promise<string[]> {
  if (!names?.length || !plugins.has('documents')) return [];
  const found = await documentFilesNamed(db, tenantId, names);
  return names.flatMap((name) => found.filter((f) => f.name === name).map((f) => f.id));
}

export async function seedTraining(seed: SeedContext): Promise<void> {
  const { db, tenant } = seed;
  if (await db('training_modules').where({ tenantId: tenant.id }).first('id')) return;
  const now = new Date();
  for (const demo of DEMO_MODULES) {
    const [module] = await db('training_modules')
      .insert({
        tenantId: tenant.id,
        title: demo.title,
        description: demo.description,
        sections: JSON.stringify(demo.sections),
        status: 'published',
        requiredForAll: demo.requiredFor === 'all',
        requiredRoles: demo.requiredFor === 'all' ? [] : demo.requiredFor,
        documentFileIds: await documentIds(seed, tenant.id, demo.documents),
        currentVersion: 1,
        publishedAt: now,
      })
      .returning('id');
    const questions = withIds(demo.quiz);
    await db('training_quiz_versions').insert({
      tenantId: tenant.id,
      moduleId: module.id,
      version: 1,
      questions: JSON.stringify(questions),
      totalPoints: totalPoints(questions),
      passThreshold: demo.passThreshold,
      validForDays: demo.validForDays,
      publishedAt: now,
    });
  }
}
