/**
 * Why a browser was signed out without asking: the server sets this short-lived cookie (readable by
 * the page) when it refuses and clears a session cookie that can no longer be used, and the sign-in
 * element says why once, then forgets it. Without it, a person signed out from another device just
 * finds the sign-in page and cannot tell what happened.
 */
export const SIGNED_OUT_COOKIE = 'portico_signed_out';

/** How long the reason waits for the sign-in page to show it. */
export const SIGNED_OUT_NOTE_MS = 5 * 60_000;

export const SIGNED_OUT_REASONS = ['ended', 'idle', 'elsewhere', 'access'] as const;
export type SignedOutReason = (typeof SIGNED_OUT_REASONS)[number];
