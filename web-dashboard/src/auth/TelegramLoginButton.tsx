import { useEffect, useRef } from 'react';
import type { TelegramAuthData } from './session';

export const TELEGRAM_WIDGET_SRC = 'https://telegram.org/js/telegram-widget.js?22';

declare global {
  interface Window {
    zalikTelegramAuth?: (user: TelegramAuthData) => void;
  }
}

/** Telegram's Login Widget: its script draws the button and calls back with the signed user data. */
export function TelegramLoginButton({ bot, onAuth }: { bot: string; onAuth: (user: TelegramAuthData) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(onAuth);
  latest.current = onAuth;

  useEffect(() => {
    const host = box.current;
    if (!host) {
      return undefined;
    }
    window.zalikTelegramAuth = (user) => latest.current(user);
    const script = document.createElement('script');
    script.async = true;
    script.src = TELEGRAM_WIDGET_SRC;
    script.setAttribute('data-telegram-login', bot);
    script.setAttribute('data-size', 'large');
    script.setAttribute('data-onauth', 'zalikTelegramAuth(user)');
    host.appendChild(script);
    return () => {
      host.replaceChildren();
      delete window.zalikTelegramAuth;
    };
  }, [bot]);

  return <div ref={box} data-testid="telegram-login" />;
}
