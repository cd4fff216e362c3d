/**
 * What questions tell the portal's home (`dashboardSummaries`): a partner's people, their
 * organisation's questions answered (to read, and close when settled) and those still waiting for an
 * answer; the staff who answer, the open questions of every partner. One query each, through
 * `visibleQuestions`, the rule the questions pages read with.
 */
import { contribute, dashboardSummaries, type DashboardContext, type DashboardSummary } from '@portico/core';
import { P } from './permissions.js';
import { visibleQuestions } from './service.js';

const title = { en: 'Questions', fr: 'Questions', es: 'Preguntas' };

async function countByStatus({ db, tenant, actor }: DashboardContext): Promise<{ open: number; answered: number }> {
  const row = await visibleQuestions({ db, tenantId: tenant.id, actor })
    .clearSelect()
    .select(db.raw(`count(*) filter (where q.status = 'open')::int as open`), db.raw(`count(*) filter (where q.status = 'answered')::int as answered`))
    .first();
  return { open: Number(row?.open ?? 0), answered: Number(row?.answered ?? 0) };
}

const partnerQuestions: DashboardSummary = {
  key: 'mine',
  permission: P.read,
  audience: 'partner',
  title,
  async summarise(ctx) {
    const { open, answered } = await countByStatus(ctx);
    return [
      {
        key: 'answered',
        count: answered,
        link: '/questions?status=answered',
        tone: 'attention',
        label: {
          en: { one: '{count} question answered', other: '{count} questions answered' },
          fr: { one: '{count} question a reçu sa réponse', other: '{count} questions ont reçu leur réponse' },
          es: { one: '{count} pregunta respondida', other: '{count} preguntas respondidas' },
        },
      },
      {
        key: 'open',
        count: open,
        link: '/questions?status=open',
        label: {
          en: { one: '{count} question waiting for an answer', other: '{count} questions waiting for an answer' },
          fr: { one: '{count} question en attente de réponse', other: '{count} questions en attente de réponse' },
          es: { one: '{count} pregunta pendiente de respuesta', other: '{count} preguntas pendientes de respuesta' },
        },
      },
    ];
  },
};

/** The queue opens with the open questions first, oldest first: the ones counted here. */
const toAnswer: DashboardSummary = {
  key: 'queue',
  permission: P.answer,
  audience: 'staff',
  title,
  async summarise(ctx) {
    const { open } = await countByStatus(ctx);
    return [
      {
        key: 'to-answer',
        count: open,
        link: '/questions/queue',
        tone: 'attention',
        label: {
          en: { one: '{count} question to answer', other: '{count} questions to answer' },
          fr: { one: '{count} question à laquelle répondre', other: '{count} questions auxquelles répondre' },
          es: { one: '{count} pregunta por responder', other: '{count} preguntas por responder' },
        },
      },
    ];
  },
};

export const questionsDashboard = [contribute(dashboardSummaries, partnerQuestions), contribute(dashboardSummaries, toAnswer)];
