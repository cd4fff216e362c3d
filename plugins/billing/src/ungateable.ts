/**
 * Which features can never be gated, as one rule for the server (settings.ts refuses them) and the
 * staff form (which flags them as they are typed): billing itself, signing in and managing one's
 * access, and data export. Browser-safe: no server code.
 */
export type UngateableKind = 'billing' | 'access' | 'export';

export function ungateableKind(feature: string): UngateableKind | null {
  if (feature.startsWith('billing.')) return 'billing';
  if (feature.startsWith('access.')) return 'access';
  if (feature.includes('.') && /(^|[.-])exports?($|[.-])/.test(feature.slice(feature.indexOf('.') + 1))) return 'export';
  return null;
}
