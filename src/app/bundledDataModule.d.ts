/** The data files that passed the public gate (scripts/build/publicDataGuard.ts): [dataset-relative path, URL]. */
declare module 'virtual:bundled-data' {
  const files: readonly (readonly [path: string, url: string])[];
  export default files;
}
