import { describe, expect, it } from 'vitest';
import { parseExportArguments } from './exportArguments';

describe('npm run export: the violation filters', () => {
  it('reads categories, NKDB rights and perpetrator types, and a range of decades, as the map page sets them', () => {
    const parsed = parseExportArguments(['--format', 'csv', '--category', 'torture,starvation', '--right=saengmyeonggweon', '--perpetrator', 'gaein', '--decades', '1990-2000', 'out.csv']);
    expect(parsed.ok && parsed.arguments.evidence).toEqual({ categories: ['torture', 'starvation'], rights: ['saengmyeonggweon'], perpetrators: ['gaein'], decades: { from: 1990, to: 2000 } });
  });

  it.each([
    [['--category', 'beating'], '--category must be among'],
    [['--right', 'life'], `--right: "life" is not one of NKDB's top-level codes`],
    [['--perpetrator', 'soldier'], `--perpetrator: "soldier" is not one of NKDB's top-level codes`],
    [['--decades', '1995-2000'], '--decades wants the first years of two decades'],
    [['--decades', '2000-1990'], '--decades wants the first years of two decades'],
  ])('refuses %j and says what it wants', (options, message) => {
    const parsed = parseExportArguments(['--format', 'csv', ...options, 'out.csv']);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});
