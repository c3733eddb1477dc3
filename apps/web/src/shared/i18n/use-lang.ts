import { useTranslation } from 'react-i18next';
import type { Lang } from '../../app/i18n/i18n';

export type Label = { zh: string; en: string };

/** The current language and a picker for API labels ({ zh, en } from the catalog). */
export function useLang(): { lang: Lang; pick: (label: Label | null | undefined) => string } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return { lang, pick: (label) => (label ? label[lang] : '') };
}
