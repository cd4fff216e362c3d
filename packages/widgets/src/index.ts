/**
 * @portico/widgets: the foundation every Portico widget builds on — provider, contexts, theme,
 * localisation, UI primitives and the data-loading controller.
 */
export * from './context.js';
export * from './contribution.js';
export { hasPermission } from './permissions.js';
export { PorticoElement } from './base/portico-element.js';
export { sharedStyles } from './base/shared-styles.js';
export { PorticoProvider } from './provider/portico-provider.js';
export type { ProviderStatus } from './provider/portico-provider.js';
export type { EmbedToken, TokenProvider, TokenRequestDetail } from './provider/token.js';
export { isProblem } from './provider/loose-client.js';
export type { ProblemLike } from './provider/loose-client.js';
export { token, lightDefaults, darkColors } from './theme/tokens.js';
export type { TokenName } from './theme/tokens.js';
export { contrastRatio, readableTextOn } from './theme/contrast.js';
export { getLocale, setLocale, registerTranslations, supportedLocales, matchLocale } from './i18n/localization.js';
export type { TranslationLoaders } from './i18n/localization.js';
export { formatDate, formatDateTime, formatRelativeTime, formatNumber, formatMoney, currencyExponent } from './i18n/format.js';
