import { describe, expect, it } from 'vitest';
import { collection, violation } from '../../../tests/fixtures/datasetFactory';
import { upgradeContractFile } from './contractFile';

describe('upgrading a contract file', () => {
  it('takes a version 1 violations file to version 2 with explicit date precisions, losing nothing', () => {
    const v1 = collection([violation({ date: { from: '2019-01' } }), violation({ id: 'SYNTHETIC-undated', date: {} })], { schemaVersion: 1 });
    const { value, changed, from } = upgradeContractFile(v1);
    expect(changed).toBe(true);
    expect(from).toBe(1);
    const upgraded = value as { schemaVersion: number; features: { properties: { date: unknown; summary: unknown } }[] };
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.features.map((feature) => feature.properties.date)).toEqual([{ from: '2019-01', precision: 'month' }, { precision: 'unknown' }]);
    expect(upgraded.features[0]?.properties.summary).toEqual((v1.features[0] as { properties: { summary: unknown } }).properties.summary);
  });

  it('leaves a current file and an unreadable one as they are', () => {
    const current = collection([], { schemaVersion: 2 });
    expect(upgradeContractFile(current)).toEqual({ value: current, from: 2, changed: false });
    expect(upgradeContractFile('not a file').changed).toBe(false);
  });
});
