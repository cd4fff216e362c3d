/**
 * Demo questions for the demo tenant's Acme Resellers (and one from Globex), so that the partner list,
 * the staff queue and the answer history all have something to show: one open and assigned, one
 * answered and then updated (two versions), one answered and closed.
 */
import type { SeedContext } from '@portico/core';
import { dealReferencesOfPartner } from '@portico/plugin-deals';

const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoQuestions({ db, tenant, log }: SeedContext): Promise<void> {
  const tenantId = tenant.id;
  if (await db('questions').where({ tenantId }).first('id')) return;
  const partner = async (name: string) => (await db('partners').where({ tenantId, name }).first('id'))?.id as string | undefined;
  const person = async (email: string) => (await db('people').where({ tenantId, email }).first('id'))?.id as string | undefined;
  const acme = await partner('Acme Resellers');
  const globex = await partner('Globex Intégration');
  const tara = await person('tara@acme.example');
  const paul = await person('paul@acme.example');
  const gaston = await person('gaston@globex.example');
  const sofia = await person('support@northwind.example');
  const marc = await person('manager@northwind.example');
  if (!acme || !tara || !paul || !sofia) {
    log.warn({ tenant: tenant.slug }, 'questions demo skipped: the demo partners and people are missing');
    return;
  }

  const categories = await db('question_categories')
    .insert([
      { tenantId, name: 'Integrations', description: 'APIs, webhooks and single sign-on' },
      { tenantId, name: 'Licensing', description: 'Plans, seats and renewals' },
      { tenantId, name: 'Deployment', description: 'Hosting, data residency and upgrades' },
    ])
    .returning(['id', 'name']);
  const category = (name: string) => categories.find((c: { name: string }) => c.name === name)?.id ?? null;
  const [acmeDeal] = await dealReferencesOfPartner(db, tenantId, acme, 1);
  const ago = (days: number) => new Date(Date.now() - days * DAY);

  const insertQuestion = async (row: Record<string, unknown>) => (await db('questions').insert({ tenantId, ...row }).returning('id'))[0].id as string;

  const sso = await insertQuestion({
    partnerId: acme,
    askedBy: tara,
    subject: 'SAML single sign-on with Azure AD',
    body: 'Our customer uses **Azure AD**. Does the Enterprise plan support SAML SSO, and is SCIM provisioning included?',
    categoryId: category('Integrations'),
    status: 'answered',
    answerVersion: 2,
    answeredAt: ago(9),
    assigneeId: sofia,
    createdAt: ago(10),
    updatedAt: ago(2),
  });
  await db('question_answers').insert([
    { tenantId, questionId: sso, version: 1, body: 'Yes: SAML 2.0 with Azure AD is part of **Enterprise**. SCIM is not available yet.', answeredBy: sofia, createdAt: ago(9) },
    {
      tenantId,
      questionId: sso,
      version: 2,
      body: 'Yes: SAML 2.0 with Azure AD is part of **Enterprise**.\n\n*Update:* SCIM provisioning is now included too; see [the SSO guide](https://docs.example.com/sso).',
      answeredBy: sofia,
      createdAt: ago(2),
    },
  ]);

  await insertQuestion({
    partnerId: acme,
    askedBy: paul,
    subject: 'Multi-year discount for this renewal',
    body: 'The customer asks for a three-year term. Which discount may we offer, and does it need approval?',
    categoryId: category('Licensing'),
    dealId: acmeDeal?.id ?? null,
    status: 'open',
    assigneeId: marc ?? null,
    createdAt: ago(1),
    updatedAt: ago(1),
  });

  const residency = await insertQuestion({
    partnerId: acme,
    askedBy: tara,
    subject: 'EU data residency',
    body: 'Can a tenant be hosted in the EU only?',
    categoryId: category('Deployment'),
    status: 'closed',
    answerVersion: 1,
    answeredAt: ago(20),
    closedAt: ago(19),
    createdAt: ago(21),
    updatedAt: ago(19),
  });
  await db('question_answers').insert({ tenantId, questionId: residency, version: 1, body: 'Yes: choose the *Frankfurt* region when the tenant is created.', answeredBy: sofia, createdAt: ago(20) });

  if (globex && gaston) {
    await insertQuestion({
      partnerId: globex,
      askedBy: gaston,
      subject: 'Documentation en français ?',
      body: 'Existe-t-il une version française du guide d’administration ?',
      status: 'open',
      createdAt: ago(3),
      updatedAt: ago(3),
    });
  }
}
