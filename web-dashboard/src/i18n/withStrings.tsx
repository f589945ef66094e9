import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A lazy route page that renders only once its strings are there: it suspends (the route's Suspense shows the
 * loader) until the namespaces have loaded in the current language, fetching the page's chunk meanwhile, not after.
 */
export function withStrings(load: () => Promise<{ default: ComponentType }>, namespaces: readonly string[]): ComponentType {
  const Page = lazy(load);
  let chunk: Promise<unknown> | undefined;
  function PageWithStrings() {
    chunk ??= load();
    useTranslation([...namespaces]);
    return <Page />;
  }
  PageWithStrings.displayName = `WithStrings(${namespaces.join(', ')})`;
  return PageWithStrings;
}
