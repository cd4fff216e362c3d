/**
 * @portico/widgets: the foundation every Portico widget builds on — provider, contexts, theme,
 * localisation, UI primitives and the data-loading controller.
 */
export * from './context.js';
export * from './contribution.js';
export { PorticoSlot } from './slot/portico-slot.js';
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
export { formatDate, formatDateTime, formatRelativeTime, formatNumber, formatMoney, currencyExponent, parseDecimal, percentOf, plural } from './i18n/format.js';
export { ResourceController, renderResource } from './controllers/resource.js';
export type { ResourceOptions, ResourceState, ResourceStatus, ResourceTemplates } from './controllers/resource.js';
export { PorticoButton } from './ui/button/button.js';
export { PorticoField } from './ui/field/field.js';
export { PorticoSelect } from './ui/select/select.js';
export type { SelectOption } from './ui/select/select.js';
export { PorticoCheckbox } from './ui/checkbox/checkbox.js';
export { PorticoDataTable } from './ui/data-table/data-table.js';
export type { DataTableColumn, SortDirection } from './ui/data-table/data-table.js';
export { PorticoDialog } from './ui/dialog/dialog.js';
export type { DialogCloseReason } from './ui/dialog/dialog.js';
export { PorticoToaster, toast } from './ui/toast/toast.js';
export type { ToastVariant } from './ui/toast/toast.js';
export { PorticoBadge } from './ui/badge/badge.js';
export { PorticoEmptyState } from './ui/empty-state/empty-state.js';
export { PorticoSkeleton } from './ui/skeleton/skeleton.js';
export { PorticoErrorState } from './ui/error-state/error-state.js';
export { applyProblem, clearProblem } from './ui/problem/problem.js';
export { PorticoFeatureGate, featureStatus } from './ui/feature-gate/feature-gate.js';
export { PorticoDashboard } from './dashboard/portico-dashboard.js';
export * from './shell/index.js';
export * from './kit/index.js';
