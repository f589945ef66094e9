import { createTheme, MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BackendProvider } from './api/ApiContext';
import { ApiError, type ApiClient } from './api/client';
import { meKey } from './auth/session';
import type { ClientConfig } from './config';

const theme = createTheme({ primaryColor: 'blue', defaultRadius: 'md' });

/** A 401 from any query means the session ended: forget the account, and RequireAuth sends the user to /login. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== meKey[0]) {
          client.setQueryData(meKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        // a 4xx will not change by asking again
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}

export interface AppProps {
  config: ClientConfig;
  api: ApiClient;
  i18n: i18n;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a page needs around it; the router is the caller's (browser in main.tsx, memory in tests). */
export function AppProviders({ config, api, i18n, queryClient, children }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <BackendProvider api={api} config={config}>
            {children}
          </BackendProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
