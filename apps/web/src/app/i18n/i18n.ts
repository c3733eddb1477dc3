import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-us';
import { zhCN } from './zh-cn';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'gongkai.lang';

/** Chinese first; `?lang=en` in a shared link or the last choice switches to English. */
export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function saveLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zhCN }, en: { translation: enUS } },
  lng: initialLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export { i18n };
