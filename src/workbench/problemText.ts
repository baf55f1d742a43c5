/**
 * A work problem as a sentence in the reader's language, naming the record by its name ("Room 'Cell 3' overlaps
 * room 'Cell 4' by 119 m²"), or by its kind and id while it has none. Checks without words of their own keep the
 * loader's sentence, still after the record's name.
 */
import type { TFunction } from 'i18next';
import { localText } from '../domain/localText';
import type { ProblemSubject, WorkProblem } from '../domain/workbench/workProblems';

/** The field a "missing field" problem names, as words; the raw field name for one not listed. */
function fieldWords(t: TFunction, field: string | number | undefined): string {
  switch (field) {
    case 'name.en':
      return t('benchtools.field.nameEn');
    case 'summary.en':
      return t('benchtools.field.summaryEn');
    case 'title':
      return t('benchtools.field.title');
    case 'date':
      return t('benchtools.field.date');
    default:
      return String(field ?? '');
  }
}

/** "Room 'Cell 3'" (capitalised: `start`) or "room 'Cell 3'"; "Room room-3 (no name yet)" while unnamed. */
export function subjectWords(t: TFunction, language: string, subject: ProblemSubject, start: boolean): string {
  const kind = start ? t(`benchtools.kind.${subject.kind}`) : t(`benchtools.kindInText.${subject.kind}`);
  const name = localText(subject.name, language).trim();
  return name ? t('benchtools.named', { kind, name }) : t('benchtools.unnamed', { kind, id: subject.record.id });
}

export function problemText(t: TFunction, language: string, problem: WorkProblem): string {
  const subject = problem.subject ? subjectWords(t, language, problem.subject, true) : String(problem.values.id ?? '');
  const other = problem.other ? subjectWords(t, language, problem.other, false) : '';
  const area = problem.values.areaM2;
  switch (problem.code) {
    case 'room.overlap':
      return t('benchtools.problem.overlap', { subject, other, area });
    case 'room.outsideBuilding':
      return t('benchtools.problem.outsideBuilding', { subject, other, area });
    case 'field.missing':
      return t('benchtools.problem.missing', { subject, field: fieldWords(t, problem.values.field) });
    case 'basis.missing':
      return t('benchtools.problem.basis', { subject });
    case 'source.missing':
      return t('benchtools.problem.noSource', { subject });
    case 'ref.building':
      return t('benchtools.problem.noBuilding', { subject });
    case 'ref.room':
      return t('benchtools.problem.noRoom', { subject });
    case 'violation.outsideRoom':
      return t('benchtools.problem.pinOutside', { subject, metres: problem.values.metres });
    case 'ring.selfIntersection':
      return t('benchtools.problem.crossing', { subject });
    default:
      return t('benchtools.problem.other', { subject, message: problem.message });
  }
}
