import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders, createQueryClient } from '../App';
import { AppRoutes } from '../AppRoutes';
import { createApiClient } from '../api/client';
import { defaultConfig, type ClientConfig } from '../config';
import { createI18n, type Language } from '../i18n';

export const location = { current: '' };

function LocationProbe() {
  location.current = useLocation().pathname;
  return null;
}

/** The whole app at a route, against a fake fetch, in a memory router. */
export function renderApp(route: string, fetchFn: typeof fetch, language: Language = 'uk', config: ClientConfig = defaultConfig) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const i18n = createI18n(language);
  const user = userEvent.setup();
  const view = render(
    <AppProviders config={config} api={createApiClient('/api', fetchFn)} i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, user, i18n, queryClient };
}
