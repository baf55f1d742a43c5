import { describe, expect, it } from 'vitest';
import { citedText } from './supplementSources';

describe('citedText: what a supplement "quote" really is', () => {
  it('turns text copied from a JSON file into fields', () => {
    expect(citedText('"title": "SYNTHETIC camp", ... "lat": 39.5, "lon": 126.25')).toEqual({
      fields: { title: 'SYNTHETIC camp', lat: '39.5', lon: '126.25' },
    });
  });

  it("keeps a KML placemark's words as the quote and its <coordinates> as a field", () => {
    expect(citedText('Camp SYNTHETIC, Province ... SYNTHETIC, 39.5, 126.25. ... <coordinates> 126.25,39.5,0')).toEqual({
      quote: 'Camp SYNTHETIC, Province ... SYNTHETIC, 39.5, 126.25.',
      fields: { coordinates: '126.25,39.5,0' },
    });
  });

  it("leaves a source's words as a quote", () => {
    expect(citedText('The Ministry of State Security (MSS) administered Kwan-li-so penal-labor camps')).toEqual({
      quote: 'The Ministry of State Security (MSS) administered Kwan-li-so penal-labor camps',
    });
  });
});
