/** The user's language, from the client's display locale (VS Code sends e.g. "zh-cn"). */
export type Lang = 'en' | 'zh';

export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^zh/i.test(locale) ? 'zh' : 'en';
}
