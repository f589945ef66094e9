import { Alert, Button, Center, Stack } from '@mantine/core';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { describeError } from '../api/errors';
import { FullPageLoader } from '../shell/FullPageLoader';
import type { Me } from '../api/types';
import { useMe } from './session';

const AccountContext = createContext<Me | null>(null);

/** The logged-in account; for pages under RequireAuth, which renders them only while there is one. */
export function useAccount(): Me {
  const account = useContext(AccountContext);
  if (!account) {
    throw new Error('useAccount outside RequireAuth');
  }
  return account;
}

/** Lets logged-in accounts through; sends everyone else to /login and back here afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) {
    return <FullPageLoader />;
  }
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={420}>
          <Alert color="red" title={t('errors.generic')}>{describeError(t, me.error)}</Alert>
          <Button onClick={() => void me.refetch()}>{t('errors.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <AccountContext.Provider value={me.data}>
      <Outlet />
    </AccountContext.Provider>
  );
}
