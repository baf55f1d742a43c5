import { describe, expect, it } from 'vitest';
import { readGeolocationCell, readLatLon, readNumber } from './coordinates';

describe('coordinates', () => {
  it('reads decimal points and decimal commas', () => {
    expect(readNumber('42.125')).toEqual({ value: 42.125, decimalComma: false });
    expect(readNumber(' 42,125 ')).toEqual({ value: 42.125, decimalComma: true });
    expect(readNumber('1,234.5')).toBeNull();
  });

  it('makes a [longitude, latitude] point from the two cells', () => {
    expect(readLatLon('42.1', '129,5')).toEqual({ ok: true, point: [129.5, 42.1], decimalComma: true });
  });

  it('has no point when both cells are empty', () => {
    expect(readLatLon(' ', '')).toEqual({ ok: true, point: null, decimalComma: false });
  });

  it('says which half is missing', () => {
    expect(readLatLon('42.1', '')).toMatchObject({ ok: false, code: 'coordinate.missing', message: 'The latitude is given but the longitude is empty.' });
  });

  it('says when latitude and longitude look swapped', () => {
    expect(readLatLon('129.5', '42.1')).toMatchObject({
      ok: false,
      code: 'coordinate.swapped',
      message: 'The latitude 129.5 is outside −90…90: latitude and longitude look swapped (latitude 129.5, longitude 42.1).',
    });
  });

  it('says when a point is off the Earth and swapping would not help', () => {
    expect(readLatLon('95', '200')).toMatchObject({ ok: false, code: 'coordinate.range' });
  });

  it('refuses degrees, minutes and seconds with a hint', () => {
    expect(readLatLon('39°40\'33"', '126.85')).toMatchObject({ ok: false, code: 'coordinate.notNumber' });
  });

  it("reads Uwazi's geolocation cell, latitude first", () => {
    expect(readGeolocationCell('39.67588376000052|126.85164875403498')).toMatchObject({ ok: true, point: [126.85164875403498, 39.67588376000052] });
    expect(readGeolocationCell('39.6, 126.8')).toMatchObject({ ok: true, point: [126.8, 39.6] });
    expect(readGeolocationCell('39.6|126.8|1')).toMatchObject({ ok: false, code: 'coordinate.geolocation' });
  });
});
