/**
 * The tag names of the referrals plugin's custom elements, for its pages and for other plugins'
 * widgets that place them. Each is defined with `@customElement('…')` written literally in
 * src/widgets (the widget build maps tags to chunks by reading it).
 */
export const referralElements = {
  referralForm: 'portico-referral-form',
  referralList: 'portico-referral-list',
} as const;
