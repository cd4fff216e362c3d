/** What the questions browser tests share: translations registered as the shell would, sessions, questions. */
import type { ItemOf } from '@portico/sdk';
import { registerWidgetTranslations, testSession } from '@portico/widgets/testing';
import widgets from './index.js';
import type { Answer, Category, Question, QuestionSummary } from './shared.js';

export function registerQuestionsTranslations(): void {
  registerWidgetTranslations(widgets);
}

const session = (kind: 'staff' | 'member', permissions: string[], personId: string, name: string) =>
  testSession({ person: { id: personId, name, email: `${personId}@example.com`, kind }, permissions });

/** A `technical` member: reads and asks. */
export const asker = session('member', ['questions.read', 'questions.ask', 'deals.read'], 'p-asker', 'Tina Tech');
/** A `salesperson`: reads the organisation's questions, does not ask. */
export const reader = session('member', ['questions.read', 'deals.read'], 'p-sales', 'Sally Sales');
export const support = session(
  'staff',
  ['questions.read', 'questions.answer', 'questions.assign', 'questions.categories.manage', 'deals.read', 'access.people.read', 'access.partners.read'],
  's-sam',
  'Sam Support',
);

/**
 * What the server sends for a body typed with a script, an event handler and a `javascript:` link:
 * the real output of `renderMarkdown` from @portico/core (raw HTML escaped, the link left as text).
 */
export const HOSTILE_BODY = 'Hello <script>window.__xss = 1</script>\n\n<img src=x onerror="window.__xss = 2">\n\n[click](javascript:window.__xss=3) and **bold**';
export const HOSTILE_BODY_HTML =
  '<p>Hello &lt;script&gt;window.__xss = 1&lt;/script&gt;</p>\n<p>&lt;img src=x onerror="window.__xss = 2"&gt;</p>\n<p>[click](javascript:window.__xss=3) and <strong>bold</strong></p>\n';

export function summary(overrides: Partial<QuestionSummary> = {}): QuestionSummary {
  return {
    id: 'q1',
    subject: 'SSO with Azure AD',
    status: 'open',
    partner: { id: 'pa1', name: 'Acme Resellers' },
    askedBy: { id: 'p-asker', name: 'Tina Tech' },
    category: { id: 'c1', name: 'Integrations' },
    deal: null,
    answerVersion: 0,
    answeredAt: null,
    closedAt: null,
    createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    updatedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export function answer(version: number, overrides: Partial<Answer> = {}): Answer {
  return {
    version,
    body: version === 1 ? 'Yes, with **Enterprise**.' : 'Yes, with **Enterprise** and *Business*.',
    bodyHtml: version === 1 ? '<p>Yes, with <strong>Enterprise</strong>.</p>' : '<p>Yes, with <strong>Enterprise</strong> and <em>Business</em>.</p>',
    answeredBy: { id: 's-sam', name: 'Sam Support' },
    createdAt: `2026-03-0${version + 1}T10:00:00.000Z`,
    ...overrides,
  };
}

export function question(overrides: Partial<Question> = {}): Question {
  return {
    ...summary(),
    body: 'Does the **Enterprise** plan support SAML?',
    bodyHtml: '<p>Does the <strong>Enterprise</strong> plan support SAML?</p>',
    answer: null,
    ...overrides,
  };
}

export function category(overrides: Partial<Category> = {}): Category {
  return { id: 'c1', name: 'Integrations', description: 'APIs, webhooks and SSO', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides };
}

/** A deal as `GET /deals` lists it, for the question form's deal picker. */
export function listedDeal(overrides: Partial<ItemOf<'/deals'>> & Pick<ItemOf<'/deals'>, 'id' | 'title' | 'customerName'>): ItemOf<'/deals'> {
  return {
    partnerId: 'pa1',
    submittedBy: { id: 'p-asker', name: 'Tina Tech' },
    customerDomain: null,
    customerCountry: null,
    description: '',
    amount: { minor: 100_000, currency: 'USD', exponent: 2, value: '1000.00' },
    closeDate: null,
    status: 'approved',
    decisionReason: null,
    decidedAt: null,
    expiresAt: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}
