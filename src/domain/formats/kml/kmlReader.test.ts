import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importInput, problemCodes } from '../../../../tests/fixtures/formatsFixtures';
import { readKmlText, readKmzBytes } from './kmlReader';

/** A place saved from Google Earth: a folder, a styled placemark with an HTML description, extended data, altitude. */
const GOOGLE_EARTH_KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>SYNTHETIC places.kml</name>
  <Style id="s"><IconStyle><scale>1.2</scale></IconStyle></Style>
  <Folder>
    <name>Operational</name>
    <Placemark>
      <name>SYNTHETIC camp A</name>
      <description><![CDATA[<b>Seen</b> on imagery]]></description>
      <styleUrl>#s</styleUrl>
      <ExtendedData><Data name="name_ko"><value>합성 수용소</value></Data><Data name="type"><value>Political Prison Camp</value></Data></ExtendedData>
      <Point><coordinates>129.123456789,42.000000123,0</coordinates></Point>
    </Placemark>
    <Placemark>
      <name>SYNTHETIC outline</name>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>129,42 129.1,42 129.1,42.1 129,42</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </Placemark>
  </Folder>
</Document>
</kml>`;

describe('KML and KMZ', () => {
  it('reads placemarks: name, description, extended data, folder, point (altitude dropped), no style members', () => {
    const { rows } = readKmlText(GOOGLE_EARTH_KML, 'places.kml');
    expect(rows[0]).toEqual({
      where: 'placemark 1 "SYNTHETIC camp A"',
      cells: { name: 'SYNTHETIC camp A', description: '<b>Seen</b> on imagery', name_ko: '합성 수용소', type: 'Political Prison Camp', folder: 'Operational' },
      point: [129.123456789, 42.000000123],
    });
  });

  it('imports the point and reports the polygon on its own row', async () => {
    const result = await importInput('places.kml', GOOGLE_EARTH_KML);
    expect(result.format).toBe('kml');
    expect(result.records.map((record) => record.feature.properties.name)).toEqual([{ en: 'SYNTHETIC camp A', ko: '합성 수용소' }]);
    expect(result.records[0]?.feature.properties.type).toBe('political_prison_camp');
    expect(problemCodes(result)).toEqual(['placemark 2 "SYNTHETIC outline": geometry.unusable']);
    expect(result.problems[0]?.message).toBe('The geometry is a Polygon, not a point: facilities and violations are imported as points.');
  });

  it('reads the KML inside a KMZ', () => {
    const kmz = zipSync({ 'doc.kml': new TextEncoder().encode(GOOGLE_EARTH_KML), 'files/icon.png': new Uint8Array([1, 2]) });
    expect(readKmzBytes(kmz, 'places.kmz').rows).toHaveLength(2);
  });

  it('says what a KMZ holds when it holds no KML', async () => {
    const kmz = zipSync({ 'files/icon.png': new Uint8Array([1, 2]), 'readme.txt': new TextEncoder().encode('SYNTHETIC') });
    const result = await importInput('places.kmz', kmz);
    expect(problemCodes(result)).toEqual(['-: kmz.noKml']);
    expect(result.problems[0]?.message).toBe('The KMZ holds no KML file (it holds files/icon.png, readme.txt).');
  });

  it('says when a .kmz is not a zip', async () => {
    const result = await importInput('places.kmz', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    expect(problemCodes(result)).toEqual(['-: kmz.zip']);
  });

  it.each([
    ['<kml><Placemark><name>x</nam></Placemark></kml>', 'kml.xml'],
    ['<gpx><wpt lat="1" lon="2"/></gpx>', 'kml.notKml'],
    ['<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', 'file.noRows'],
  ])('says what is wrong with %s', (text, code) => {
    expect(readKmlText(text, 'x.kml').problems.map((problem) => problem.code)).toEqual([code]);
  });
});
