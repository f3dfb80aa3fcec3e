/** The two languages of the atlas; i18n/ builds on it, and modules below i18n (format.ts) may use it. */
export type Lang = 'zh' | 'en';
