import { describe, expect, it } from 'vitest';
import type { TableRow } from '../formatTypes';
import { suggestMapping } from './suggestMapping';

function rows(headers: readonly string[], ...values: string[][]): TableRow[] {
  return values.map((cells, index) => ({ where: `row ${index + 2}`, cells: Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? ''])) }));
}

describe('suggestMapping', () => {
  it("maps Uwazi's CSV columns, the __ko translation included", () => {
    const headers = ['Title', 'Title__ko', 'Date added', 'Template', 'Type', 'Agency', 'Province', 'Status', 'Geolocation', 'Documents'];
    const { mapping, unused, missing } = suggestMapping('facilities', headers, rows(headers, ['SYN', '합성', '', '', 'Office', '', 'Ryanggang', 'Unknown', '41.1|128.2']));
    expect(mapping).toEqual({ 'name.en': 'Title', 'name.ko': 'Title__ko', type: 'Type', agency: 'Agency', province: 'Province', status: 'Status', geolocation: 'Geolocation' });
    expect(unused).toEqual(['Date added', 'Template', 'Documents']);
    expect(missing).toEqual([]);
  });

  it.each([
    [['name', 'lat', 'lon'], { latitude: 'lat', longitude: 'lon' }],
    [['name', 'Latitude', 'Longitude'], { latitude: 'Latitude', longitude: 'Longitude' }],
    [['name', 'Y', 'X'], { latitude: 'Y', longitude: 'X' }],
    [['name', 'lat', 'lng'], { latitude: 'lat', longitude: 'lng' }],
    [['이름', '위도', '경도'], { latitude: '위도', longitude: '경도' }],
  ])('finds coordinate columns by name: %j', (headers, expected) => {
    expect(suggestMapping('facilities', headers, rows(headers, ['SYN', '42', '129'])).mapping).toMatchObject(expected);
  });

  it('finds a "<property>_geolocation" column', () => {
    const headers = ['Title', 'home_geolocation'];
    expect(suggestMapping('facilities', headers, rows(headers, ['SYN', '42|129'])).mapping.geolocation).toBe('home_geolocation');
  });

  it('proposes columns whose values look like North Korean coordinates, and says it guessed', () => {
    const headers = ['name', 'a', 'b'];
    const suggestion = suggestMapping('facilities', headers, rows(headers, ['SYN', '129.5', '42.1'], ['SYN 2', '127,25', '39.5']));
    expect(suggestion.mapping).toMatchObject({ latitude: 'b', longitude: 'a' });
    expect(suggestion.notes).toHaveLength(2);
  });

  it('leaves coordinates to the geometry of formats that have one', () => {
    const headers = ['name', 'lat', 'lon'];
    const withPoints = rows(headers, ['SYN', '42', '129']).map((row) => ({ ...row, point: [129, 42] }));
    expect(suggestMapping('facilities', headers, withPoints).mapping).toEqual({ 'name.en': 'name' });
  });

  it('names the required fields no column fills', () => {
    const headers = ['이름', 'notes'];
    expect(suggestMapping('facilities', headers, rows(headers, ['합성', ''])).missing).toEqual(['name.en']);
    expect(suggestMapping('violations', ['id'], []).missing).toEqual(['facilityId', 'category', 'summary.en']);
  });

  it('maps the violation columns of this app\'s CSV', () => {
    const headers = ['record', 'id', 'facility_id', 'room_id', 'category', 'date_from', 'date_to', 'summary_en', 'summary_ko', 'placement', 'visibility', 'latitude', 'longitude', 'sources_json'];
    expect(suggestMapping('violations', headers, []).mapping).toEqual({
      id: 'id', facilityId: 'facility_id', roomId: 'room_id', category: 'category', 'date.from': 'date_from', 'date.to': 'date_to', 'summary.en': 'summary_en',
      'summary.ko': 'summary_ko', placement: 'placement', visibility: 'visibility', latitude: 'latitude', longitude: 'longitude', sources: 'sources_json',
    });
  });
});
