import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { importAndPreview, syntheticDataset } from '../../../tests/fixtures/formatsFixtures';
import { applyToRegister, EMPTY_REGISTER, featureId, type LocalRegister } from './localRegister';
import { loadRegister, withRegister } from './registerDataset';

const HEADER = 'id,name_en,name_ko,type,latitude,longitude';
const NEW_ROWS = `${HEADER}\nSYNTHETIC-new,SYNTHETIC new office,합성 새 사무소,office,41.75,129.25\nSYNTHETIC-other,SYNTHETIC other camp,,political_prison_camp,41.5,129.5`;

/** Applies `text` (a facilities CSV) to `register` as the dialog does: previewed against the dataset shown. */
async function applied(register: LocalRegister, text: string, options: { publicImport?: boolean; replace?: 'none' | 'all' } = {}) {
  const bundled = syntheticDataset();
  const shown = withRegister(bundled, loadRegister(register, bundled));
  const { result, preview } = await importAndPreview('SYNTHETIC-places.csv', text, { existing: shown, publicImport: options.publicImport ?? false });
  return { result, preview, ...applyToRegister(deepFreeze(register), bundled, result, preview, { replace: options.replace ?? 'none' }) };
}

describe('the register of facilities imported on this device', () => {
  it('adds new facilities with the imported file as their restricted source, SHA-256 included', async () => {
    const { register, applied: outcome, result } = await applied(EMPTY_REGISTER, NEW_ROWS);
    expect(outcome.added).toEqual(['SYNTHETIC-new', 'SYNTHETIC-other']);
    expect(register.facilities.map(featureId)).toEqual(['SYNTHETIC-new', 'SYNTHETIC-other']);
    expect(register.sources).toEqual([expect.objectContaining({ id: result.source.id, visibility: 'restricted', sha256: result.sha256 })]);
  });

  it('shows them in the dataset through the loader: bundled facilities kept, new ones added, their source with them', async () => {
    const bundled = syntheticDataset();
    const { register } = await applied(EMPTY_REGISTER, NEW_ROWS);
    const loaded = loadRegister(register, bundled);
    expect(loaded.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    const shown = withRegister(bundled, loaded);
    expect(shown.facilities.map((facility) => facility.id)).toEqual([...bundled.facilities.map((facility) => facility.id), 'SYNTHETIC-new', 'SYNTHETIC-other']);
    expect(shown.facilities.find((facility) => facility.id === 'SYNTHETIC-new')).toMatchObject({ name: { en: 'SYNTHETIC new office', ko: '합성 새 사무소' }, type: 'office', location: [129.25, 41.75] });
    expect(shown.sources.length).toBe(bundled.sources.length + 1);
    expect(shown.violations).toBe(bundled.violations);
  });

  it('previews a second import against what was imported before: the same file is unchanged, nothing added twice', async () => {
    const first = await applied(EMPTY_REGISTER, NEW_ROWS);
    const second = await applied(first.register, NEW_ROWS);
    expect(second.preview.counts).toEqual({ added: 0, changed: 0, unchanged: 2, conflicting: 0 });
    expect(second.register.facilities).toEqual(first.register.facilities);
  });

  it('lets a later restricted file correct an imported facility only where the person chose to replace it', async () => {
    const { register } = await applied(EMPTY_REGISTER, NEW_ROWS);
    const renamed = `${HEADER}\nSYNTHETIC-new,SYNTHETIC renamed office,,office,41.75,129.25`;
    const kept = await applied(register, renamed);
    expect(kept.applied.kept).toEqual([{ id: 'SYNTHETIC-new', reason: 'conflict' }]);
    expect(kept.register.facilities).toEqual(register.facilities);
    const replaced = await applied(register, renamed, { replace: 'all' });
    expect(replaced.applied.replaced).toEqual(['SYNTHETIC-new']);
    expect(replaced.register.facilities.find((feature) => featureId(feature) === 'SYNTHETIC-new')?.properties.name).toEqual({ en: 'SYNTHETIC renamed office', ko: '합성 새 사무소' });
  });

  it('never lets a restricted file change a published facility; a public file fills it in, held in the register in its place', async () => {
    const fill = `${HEADER}\nSYNTHETIC-unlocated,SYNTHETIC holding centre,합성 집결소,holding_centre,41.9,128.5`;
    const restricted = await applied(EMPTY_REGISTER, fill);
    expect(restricted.applied.kept).toEqual([{ id: 'SYNTHETIC-unlocated', reason: 'restrictedIntoPublic' }]);
    expect(restricted.register.facilities).toEqual([]);
    const open = await applied(EMPTY_REGISTER, fill, { publicImport: true });
    expect(open.applied.changed).toEqual(['SYNTHETIC-unlocated']);
    const bundled = syntheticDataset();
    const shown = withRegister(bundled, loadRegister(open.register, bundled));
    expect(shown.facilities.map((facility) => facility.id)).toEqual(bundled.facilities.map((facility) => facility.id));
    expect(shown.facilities.find((facility) => facility.id === 'SYNTHETIC-unlocated')).toMatchObject({ location: [128.5, 41.9], name: { ko: '합성 집결소' } });
  });

  it('leaves out a stored facility that fails the checks, naming it, and keeps the others', async () => {
    const { register } = await applied(EMPTY_REGISTER, NEW_ROWS);
    const broken = { ...register, facilities: register.facilities.map((feature) => (featureId(feature) === 'SYNTHETIC-other' ? { ...feature, geometry: { type: 'Point' as const, coordinates: [129.5, 141.5] } } : feature)) };
    const loaded = loadRegister(broken, syntheticDataset());
    expect(loaded.facilities.map((facility) => facility.id)).toEqual(['SYNTHETIC-new']);
    expect(loaded.problems.some((problem) => problem.level === 'error' && problem.featureId === 'SYNTHETIC-other')).toBe(true);
  });
});
