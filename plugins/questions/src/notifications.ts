/**
 * What questions tells whom (declared in the contract; the notifications plugin delivers): the asker
 * hears of the answer to their question and of a change to it, with the answer in the email (as
 * before: `questions.answered`, `questions.answer-updated`); the staff who answer hear of each new question.
 */
import { contribute, defineNotification, notificationKinds, type Locale, type NotificationContext, type NotificationRecipient } from '@portico/core';
import { renderMarkdown } from '@portico/core/server';
import { questionEvents } from './events.js';
import { answerMail } from './messages.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const askedWords: Record<Locale, (subject: string) => string> = {
  en: (s) => `New question: ${s}`,
  fr: (s) => `Nouvelle question : ${s}`,
  es: (s) => `Nueva pregunta: ${s}`,
};

type Answered = { questionId: string; partnerId: string; askedBy: string | null; version: number; isUpdate: boolean };

async function answerMessage(payload: Answered, recipient: NotificationRecipient, ctx: NotificationContext) {
  const question = await ctx.db('questions').where({ tenantId: ctx.tenant.id, id: payload.questionId }).first('id', 'subject');
  const answer = await ctx.db('question_answers').where({ tenantId: ctx.tenant.id, questionId: payload.questionId, version: payload.version }).first('body');
  if (!question || !answer) return null;
  const words = answerMail[recipient.locale];
  const link = `/questions/${question.id}`;
  const url = `${ctx.publicUrl}${link}`;
  const lead = words.lead(ctx.programme, question.subject, payload.isUpdate);
  return {
    title: words.subject(question.subject, payload.isUpdate),
    body: answer.body.length > 280 ? `${answer.body.slice(0, 279)}…` : answer.body,
    link,
    email: {
      text: `${words.greeting(recipient.name)}\n\n${lead}\n\n${answer.body}\n\n${words.open}: ${url}`,
      html: `<p>${escapeHtml(words.greeting(recipient.name))}</p><p>${escapeHtml(lead)}</p><blockquote>${renderMarkdown(answer.body)}</blockquote><p><a href="${escapeHtml(url)}">${escapeHtml(words.open)}</a></p>`,
    },
  };
}

const answered = defineNotification(questionEvents, 'questions.question.answered', {
  kind: 'questions.answered',
  label: { en: 'An answer to a question I asked', fr: 'Une réponse à une question que j’ai posée', es: 'Una respuesta a una pregunta que hice' },
  audience: 'partner',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async ({ payload }) => (payload.askedBy && !payload.isUpdate ? [payload.askedBy] : []),
  message: (event, recipient, ctx) => answerMessage(event.payload, recipient, ctx),
  async demo({ db, tenant }) {
    const rows = await db('questions as q')
      .join('question_answers as a', 'a.question_id', 'q.id')
      .where({ 'q.tenant_id': tenant.id, 'q.status': 'answered', 'a.version': 1 })
      .whereNotNull('q.asked_by')
      .orderBy('q.answered_at', 'desc')
      .limit(5)
      .select('q.id', 'q.partner_id', 'q.asked_by', 'q.answered_at');
    return rows.map((q) => ({
      id: q.id,
      type: 'questions.question.answered',
      tenantId: tenant.id,
      payload: { questionId: q.id, partnerId: q.partnerId, askedBy: q.askedBy, version: 1, isUpdate: false },
      actorPersonId: null,
      occurredAt: new Date(q.answeredAt ?? Date.now()).toISOString(),
    }));
  },
});

const answerUpdated = defineNotification(questionEvents, 'questions.question.answered', {
  kind: 'questions.answer-updated',
  label: { en: 'A change to the answer to a question I asked', fr: 'Une modification de la réponse à une question que j’ai posée', es: 'Un cambio en la respuesta a una pregunta que hice' },
  audience: 'partner',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async ({ payload }) => (payload.askedBy && payload.isUpdate ? [payload.askedBy] : []),
  message: (event, recipient, ctx) => answerMessage(event.payload, recipient, ctx),
});

const asked = defineNotification(questionEvents, 'questions.question.asked', {
  kind: 'questions.asked',
  label: { en: 'A new question from a partner', fr: 'Une nouvelle question d’un partenaire', es: 'Una nueva pregunta de un socio' },
  audience: 'staff',
  defaultChannel: 'in-app',
  partnerOf: (event) => event.payload.partnerId,
  recipients: (_event, ctx) => ctx.staffHolding('questions.answer'),
  async message(event, recipient, ctx) {
    const partner = await ctx.db('partners').where({ tenantId: ctx.tenant.id, id: event.payload.partnerId }).first('name');
    return { title: askedWords[recipient.locale](event.payload.subject), body: partner?.name ?? '', link: `/questions/${event.payload.questionId}` };
  },
});

export const questionsNotifications = [answered, answerUpdated, asked].map((kind) => contribute(notificationKinds, kind));
