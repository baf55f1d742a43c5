import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LocalRegisterError } from '../../store/localRegisterStore';
import { registerProblem } from './registerProblem';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe('registerProblem', () => {
  it('words the register refusals by their reason, never with the English log message', () => {
    expect(registerProblem(t, new LocalRegisterError('unreadable'))).toBe('<formats3.register.unreadable>');
    expect(registerProblem(t, new LocalRegisterError('notOpen'))).toBe('<formats3.register.notOpen>');
  });
  it('keeps the message of any other failure', () => {
    expect(registerProblem(t, new Error('disk full'))).toBe('disk full');
    expect(registerProblem(t, 'quota')).toBe('quota');
  });
});
