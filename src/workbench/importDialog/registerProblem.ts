/** Words a failure of this device's register in the reader's language; other failures keep their own message. */
import type { TFunction } from 'i18next';
import { LocalRegisterError } from '../../store/localRegisterStore';

export function registerProblem(t: TFunction, error: unknown): string {
  if (error instanceof LocalRegisterError) return error.reason === 'unreadable' ? t('formats3.register.unreadable') : t('formats3.register.notOpen');
  return error instanceof Error ? error.message : String(error);
}
