import { Decrypter, armor } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { decryptWithPassphrase, DEFAULT_WORK_FACTOR, encryptWithPassphrase, isAgeFile, passphraseProblem } from './ageFile';

const PASSPHRASE = 'SYNTHETIC correct horse battery';
const plain = new TextEncoder().encode(JSON.stringify({ format: 'facility-atlas-interviews', note: 'SYNTHETIC testimony 증언' }));
/** A low work factor keeps these tests fast; one test below uses the default the app writes with. */
const FAST = 10;

describe('passphrase-encrypted files (age)', () => {
  it('round-trips with the default work factor, in the standard format', async () => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE);
    const header = new TextDecoder().decode(encrypted.subarray(0, 80));
    expect(header).toMatch(new RegExp(`^age-encryption\\.org/v1\\n-> scrypt [A-Za-z0-9+/]{22} ${DEFAULT_WORK_FACTOR}\\n`));
    expect(isAgeFile(encrypted)).toBe(true);
    expect(Buffer.from(encrypted).includes(Buffer.from('SYNTHETIC testimony'))).toBe(false);
    expect(await decryptWithPassphrase(encrypted, PASSPHRASE)).toEqual({ ok: true, bytes: plain });
  }, 120_000);

  it('writes files the library opens on its own, with nothing of ours around it', async () => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE, FAST);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(await decrypter.decrypt(encrypted, 'text')).toBe(new TextDecoder().decode(plain));
  });

  it('refuses a wrong passphrase as such, returning nothing of the file', async () => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE, FAST);
    expect(await decryptWithPassphrase(encrypted, `${PASSPHRASE}!`)).toEqual({ ok: false, reason: 'wrongPassphrase' });
    expect(await decryptWithPassphrase(encrypted, '')).toEqual({ ok: false, reason: 'wrongPassphrase' });
  });

  it.each([
    ['a byte of the payload', (file: Uint8Array) => file.length - 5],
    ['the first byte after the header', (file: Uint8Array) => new TextDecoder().decode(file).indexOf('\n---') + 60],
    ['the header MAC', (file: Uint8Array) => new TextDecoder().decode(file).indexOf('\n---') + 6],
  ])('finds %s changed and calls the file damaged', async (_, position) => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE, FAST);
    const tampered = encrypted.slice();
    const at = position(tampered);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    expect(await decryptWithPassphrase(tampered, PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('calls a cut file damaged', async () => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE, FAST);
    expect(await decryptWithPassphrase(encrypted.subarray(0, encrypted.length - 20), PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('opens the armored (text) form too, and tells a file encrypted to a key from one with a passphrase', async () => {
    const encrypted = await encryptWithPassphrase(plain, PASSPHRASE, FAST);
    const armored = new TextEncoder().encode(`\n${armor.encode(encrypted)}`);
    expect(isAgeFile(armored)).toBe(true);
    expect(await decryptWithPassphrase(armored, PASSPHRASE)).toEqual({ ok: true, bytes: plain });
    const toKey = new TextEncoder().encode('age-encryption.org/v1\n-> X25519 SYNTHETICSYNTHETICSYNTHETICSYNTHETIC12345\nAAAA\n--- AAAA\n');
    expect(await decryptWithPassphrase(toKey, PASSPHRASE)).toEqual({ ok: false, reason: 'notPassphrase' });
  });

  it('recognises an age file by its header, not its name, and plain exports as plain', () => {
    expect(isAgeFile(plain)).toBe(false);
    expect(isAgeFile(new TextEncoder().encode('PK\u0003\u0004 a zip'))).toBe(false);
    expect(isAgeFile(new Uint8Array())).toBe(false);
  });

  it('asks for a passphrase of at least 10 characters, typed the same twice', () => {
    expect(passphraseProblem('short', 'short')).toBe('tooShort');
    expect(passphraseProblem('암호문구암호문구암호', '암호문구암호문구암호')).toBeNull();
    expect(passphraseProblem(PASSPHRASE, `${PASSPHRASE} `)).toBe('mismatch');
    expect(passphraseProblem(PASSPHRASE, PASSPHRASE)).toBeNull();
  });
});
