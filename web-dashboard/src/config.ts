/** What differs between environments; the server (or the CDN) hands it out as /config.json. */
export interface ClientConfig {
  apiBase: string;
  botUsername: string;
}

export const defaultConfig: ClientConfig = { apiBase: '/api', botUsername: 'ZalikBot' };

/** One build serves every environment: read /config.json at start, keep the defaults for what it lacks. */
export async function loadConfig(fetchFn: typeof fetch = fetch): Promise<ClientConfig> {
  try {
    const response = await fetchFn('/config.json', { credentials: 'same-origin', cache: 'no-cache' });
    if (!response.ok) {
      return defaultConfig;
    }
    const body = (await response.json()) as Partial<ClientConfig>;
    return {
      apiBase: typeof body.apiBase === 'string' && body.apiBase ? body.apiBase.replace(/\/+$/, '') : defaultConfig.apiBase,
      botUsername: typeof body.botUsername === 'string' && body.botUsername ? body.botUsername : defaultConfig.botUsername,
    };
  } catch {
    return defaultConfig;
  }
}
