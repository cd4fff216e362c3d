/** The team plugin's tenant settings: where partners turn for what they cannot do themselves. */
import { defineSettings, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

export const TeamSettings = Type.Object({
  supportEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'Where partners write for what only the programme’s staff can do' })),
  supportUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000, description: 'A support page or form for the same' })),
});
export type TeamSettings = Static<typeof TeamSettings>;

/** Everyone signed in reads them (they are shown with the escalation boundaries); the staff change them. */
export const teamSettings = defineSettings({
  schema: TeamSettings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the team settings (where partners turn for what only support can do)',
  example: { supportEmail: 'partners@example.com', supportUrl: 'https://example.com/partner-support' },
});

export interface SupportContact {
  email: string | null;
  url: string | null;
}

export async function supportContact(ctx: { settings(): Promise<TeamSettings> }): Promise<SupportContact> {
  const settings = await ctx.settings();
  return { email: settings.supportEmail ?? null, url: settings.supportUrl ?? null };
}
