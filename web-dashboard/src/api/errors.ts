import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** What to tell a person about a failed call: ours for "no connection", else the API's own detail. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) {
      return t('errors.network');
    }
    if (error.status < 500 && error.detail) {
      return error.detail;
    }
  }
  return t('errors.generic');
}
