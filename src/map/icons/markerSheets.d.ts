/** Written by scripts/build/markerSheets.ts: the markers' names, and per pixel ratio the URL of their deflated RGBA sheet. */
declare module 'virtual:marker-sheets' {
  export const MARKER_NAMES: string[];
  export const MARKER_SHEETS: { ratio: number; size: number; url: string }[];
  /** The legend's images (legendIcons.ts) side by side at 2×, in the order of `keys`. */
  export const LEGEND_SHEET: { keys: string[]; url: string };
}
