import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';

export interface SandboxInfo {
  botUsername: string;
}

/** The server answers GET /api/sandbox only while it runs the Telegram sandbox (local profile, no bot token). */
export function useSandboxInfo() {
  const api = useApi();
  return useQuery({
    queryKey: ['sandbox'],
    queryFn: () => api.get<SandboxInfo>('/sandbox'),
    retry: false,
    staleTime: Infinity,
  });
}

export function useSandboxAvailable(): boolean {
  return useSandboxInfo().isSuccess;
}
