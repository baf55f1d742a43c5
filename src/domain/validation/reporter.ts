/** Collects problems for one file, so checks name the file once and only say what is wrong and where. */
import type { Problem, ProblemLevel } from '../problems';

export interface Reporter {
  readonly file: string;
  error(featureId: string, code: string, message: string, hint?: string): void;
  warning(featureId: string, code: string, message: string, hint?: string): void;
}

export function createReporter(file: string, problems: Problem[]): Reporter {
  const add = (level: ProblemLevel, featureId: string, code: string, message: string, hint?: string): void => {
    problems.push(hint === undefined ? { level, code, file, featureId, message } : { level, code, file, featureId, message, hint });
  };
  return {
    file,
    error: (featureId, code, message, hint) => add('error', featureId, code, message, hint),
    warning: (featureId, code, message, hint) => add('warning', featureId, code, message, hint),
  };
}
