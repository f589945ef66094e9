import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { Role } from '../api/types';
import { useAccount } from './RequireAuth';

/** Pages of one role: anyone else reads why they cannot use it instead of a page of 403s. */
export function RequireRole({ role }: { role: Role }) {
  const { t } = useTranslation();
  const me = useAccount();
  if (!me.roles.includes(role)) {
    return <Alert color="yellow" title={t('errors.notAllowedTitle')}>{t('errors.notAllowed')}</Alert>;
  }
  return <Outlet />;
}
