import { createContext, useContext, type ReactNode } from 'react';
import type { ClientConfig } from '../config';
import type { ApiClient } from './client';

interface Backend {
  api: ApiClient;
  config: ClientConfig;
}

const BackendContext = createContext<Backend | null>(null);

export function BackendProvider({ api, config, children }: Backend & { children: ReactNode }) {
  return <BackendContext.Provider value={{ api, config }}>{children}</BackendContext.Provider>;
}

function useBackend(): Backend {
  const backend = useContext(BackendContext);
  if (!backend) {
    throw new Error('BackendProvider is missing');
  }
  return backend;
}

export const useApi = (): ApiClient => useBackend().api;
export const useConfig = (): ClientConfig => useBackend().config;
