import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders, createQueryClient } from './App';
import { AppRoutes } from './AppRoutes';
import { createApiClient } from './api/client';
import { loadConfig } from './config';
import { createI18n, whenReady } from './i18n';

const i18n = createI18n();
document.documentElement.lang = i18n.language;

// the shell's strings (active language only) arrive alongside the config
void Promise.all([loadConfig(), whenReady(i18n)]).then(([config]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders config={config} api={createApiClient(config.apiBase, undefined, () => i18n.language)} i18n={i18n} queryClient={createQueryClient()}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});
