import { describe, expect, it } from 'vitest';
import { en, ko } from '../../i18n/dictionaries';
import { customImageryLayer } from './customImagery';
import { BUILT_IN_IMAGERY, ESRI_WORLD_IMAGERY, eoxCloudlessLayer, waybackLayer, type LocalText } from './imageryLayers';

const dictionaries: Record<string, Record<string, string>> = { en, ko };
const custom = customImageryLayer({ name: 'SYNTHETIC tiles', template: 'https://example.org/{z}/{x}/{y}.png', tms: false });
if (!custom.ok) throw new Error('the SYNTHETIC custom layer must be valid');
const LAYERS = [...BUILT_IN_IMAGERY, waybackLayer(99001, '2099-01-15'), custom.layer];

/** The text a reader sees in `language`, with its parameters filled in as i18next does. */
function shown(text: LocalText, language: string): string {
  const template = dictionaries[language]?.[text.key] ?? `MISSING ${text.key}`;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(text.params?.[name] ?? `MISSING {{${name}}}`));
}

describe('imagery facts', () => {
  it.each(['en', 'ko'])('say every layer\'s date and licence in %s, every parameter filled', (language) => {
    const texts = LAYERS.flatMap((layer) => [shown(layer.date, language), shown(layer.licence, language)]);
    expect(texts.filter((text) => text.includes('MISSING'))).toEqual([]);
  });

  it('say in both languages that a Wayback release date is not a capture date, naming the date', () => {
    const release = waybackLayer(99001, '2099-01-15');
    expect(shown(release.date, 'en')).toBe('Release of 2099-01-15: a release date, not a capture date (imagery may be older)');
    expect(shown(release.date, 'ko')).toMatch(/^2099-01-15 배포본: 배포일이며 촬영일이 아닙니다/);
  });

  it('give each Sentinel-2 year its year', () => {
    expect(shown(eoxCloudlessLayer(2020).date, 'ko')).toContain('2020');
    expect(eoxCloudlessLayer(2020).attribution).toContain('Copernicus Sentinel data 2020');
  });

  it('keep the provider attribution verbatim, outside the translations', () => {
    expect(ESRI_WORLD_IMAGERY.attribution).toBe(
      'Tiles © Esri — Source: Esri, i-cubed, USDA, USGS, AEX, GeoEye, Getmapping, Aerogrid, IGN, IGP, UPR-EGP, and the GIS User Community',
    );
    expect(waybackLayer(99001, '2099-01-15').attribution).toContain(ESRI_WORLD_IMAGERY.attribution);
  });

  it('use the licence of each Sentinel-2 year: CC BY for 2016, non-commercial after', () => {
    expect(shown(eoxCloudlessLayer(2016).licence, 'en')).toContain('(CC BY 4.0)');
    expect(shown(eoxCloudlessLayer(2021).licence, 'en')).toContain('NonCommercial');
  });
});
