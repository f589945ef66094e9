import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage ?? 'uk'}
      onChange={(value) => void i18n.changeLanguage(value as Language)}
      data={languages.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
