/** The team plugin's tenant settings: where partners turn for what they cannot do themselves. */
import { Type, type Static } from '@portico/core';

export const TeamSettings = Type.Object({
  supportEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'Where partners write for what only the programme’s staff can do' })),
  supportUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 2000, description: 'A support page or form for the same' })),
});
export type TeamSettings = Static<typeof TeamSettings>;

export interface SupportContact {
  email: string | null;
  url: string | null;
}

export async function supportContact(ctx: { settings<T>(): Promise<T> }): Promise<SupportContact> {
  const settings = await ctx.settings<TeamSettings>();
  return { email: settings.supportEmail ?? null, url: settings.supportUrl ?? null };
}
