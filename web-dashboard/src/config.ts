/** What differs between environments; the server (or the CDN) hands it out as /config.json. */
export interface ClientConfig {
  apiBase: string;
  botUsername: string;
  /** The bot "Log in with Telegram" names; null when that login is off (no real bot, e.g. the local sandbox). */
  telegramLoginBot: string | null;
}

export const defaultConfig: ClientConfig = { apiBase: '/api', botUsername: 'ZalikBot', telegramLoginBot: null };

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
      telegramLoginBot: typeof body.telegramLoginBot === 'string' && /^[A-Za-z0-9_]{3,64}$/.test(body.telegramLoginBot)
        ? body.telegramLoginBot : null,
    };
  } catch {
    return defaultConfig;
  }
}
