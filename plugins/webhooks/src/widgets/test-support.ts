/**
 * What the webhooks elements' browser tests share: translations registered as the shell would, a
 * fake API typed from the plugin's own schemas (`WebhooksAnswers`, which the elements call through),
 * staff sessions, and endpoints, deliveries and the event catalogue as the server answers them.
 */
import { fakeClient, registerWidgetTranslations, testSession, type FakeRoutes } from '@portico/widgets/testing';
import widgets from './index.js';
import type { CatalogueEvent, Delivery, DeliveryDetail, Endpoint, WebhooksAnswers } from './shared.js';

export function registerWebhooksTranslations(): void {
  registerWidgetTranslations(widgets);
}

type Options = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown; signal?: AbortSignal };
/** The webhooks routes a test answers, each typed by what the server answers. */
export type WebhooksRoutes = {
  [R in keyof WebhooksAnswers]?: (options: Options) => [WebhooksAnswers[R]] extends [void] ? void | Promise<void> : WebhooksAnswers[R] | Promise<WebhooksAnswers[R]>;
};

/** A fake client answering the webhooks routes (the catalogue by default). */
export function webhooksFake(routes: WebhooksRoutes) {
  const webhooks: WebhooksRoutes = { 'GET /webhooks/events': () => ({ items: catalogue() }), ...routes };
  return fakeClient(webhooks as FakeRoutes);
}

const session = (permissions: string[], personId = 'staff1', name = 'Sam Staff') => testSession({ person: { id: personId, name, kind: 'staff' }, permissions });

/** Staff who manage the endpoints. */
export const manager = session(['webhooks.read', 'webhooks.manage']);
/** Staff who only see them (support). */
export const reader = session(['webhooks.read'], 'sue', 'Sue Support');

export function catalogue(): CatalogueEvent[] {
  return [
    { type: 'deals.deal.submitted', pluginId: 'deals', schema: {} },
    { type: 'deals.deal.approved', pluginId: 'deals', schema: {} },
    { type: 'questions.question.asked', pluginId: 'questions', schema: {} },
    { type: 'training.course.completed', pluginId: 'training', schema: {} },
  ];
}

export function endpoint(overrides: Partial<Endpoint> = {}): Endpoint {
  return {
    id: 'e1',
    url: 'https://crm.example.com/hooks/portico',
    description: 'Deals into our CRM',
    events: ['deals.deal.approved', 'deals.deal.submitted'],
    enabled: true,
    disabledReason: null,
    disabledBy: null,
    hasSecret: true,
    previousSecretExpiresAt: null,
    failingSince: null,
    pending: 0,
    lastDelivery: { status: 'succeeded', at: '2026-11-30T10:00:00.000Z', responseStatus: 204 },
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: 'd1',
    endpointId: 'e1',
    eventId: 'ev1',
    eventType: 'deals.deal.submitted',
    status: 'succeeded',
    attempts: 1,
    nextAttemptAt: null,
    responseStatus: 204,
    durationMs: 120,
    replayOf: null,
    createdAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

export function deliveryDetail(overrides: Partial<DeliveryDetail> = {}): DeliveryDetail {
  return {
    ...delivery(),
    body: JSON.stringify({ type: 'deals.deal.submitted', timestamp: '2026-11-30T10:00:00.000Z', data: { dealId: 'deal-1', amount: 1200 } }),
    responseBody: 'accepted',
    history: [{ at: '2026-11-30T10:00:00.000Z', responseStatus: 204, durationMs: 120, error: null }],
    ...overrides,
  };
}
