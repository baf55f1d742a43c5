/**
 * The static first view's HTML: the skeleton of the page put in #root (the header and the sidebar's first lines, one
 * copy per language, hidden until the first-view script picks one; React replaces it with the real page), the map
 * overlay placed after #root (the geography image, an SVG for the facilities and labels, the attribution), and the
 * view's data as a JSON block (not a script: the page's policy runs no inline code).
 */
import type { FirstViewData, FirstViewImages } from '../../../src/map/firstView/firstViewData';
import { FIRST_VIEW_DATA_ID, FIRST_VIEW_GEOGRAPHY_CLASS, FIRST_VIEW_ID, FIRST_VIEW_STRIP_CLASS } from '../../../src/map/firstView/firstViewData';
import { LANGUAGES, type Language } from '../../../src/i18n/languages';

export type Dictionary = Record<string, string>;

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function skeleton(language: Language, text: Dictionary): string {
  const t = (key: string) => {
    const value = text[key];
    if (value === undefined) throw new Error(`firstView: the ${language} dictionary has no "${key}"`);
    return escapeHtml(value);
  };
  const other = LANGUAGES.find((candidate) => candidate !== language) ?? 'en';
  return (
    `<div class="app" data-page="map" data-first-view-skeleton data-first-view-lang="${language}" hidden>` +
    `<header class="app-header"><div class="app-title"><h1>${t('app.title')}</h1><p class="tagline">${t('app.tagline')}</p></div>` +
    `<nav class="app-nav"><a href="/about">${t('honest.about.link')}</a><a href="/interview">${t('nav.interview')}</a>` +
    `<button type="button" class="language-switch" lang="${other}" disabled>${t(`language.${other}`)}</button></nav></header>` +
    '<div class="app-body"><div class="map-page"><section class="sheet sidebar"><div class="sheet-body">' +
    `<div class="facility-search"><h2>${t('list.heading')}</h2><div><label class="search-field"><span>${t('list.filter')}</span>` +
    `<input type="search" placeholder="${t('list.filterPlaceholder')}" disabled></label></div></div>` +
    `<p>${t('loading')}</p></div></section><div class="map-column"></div></div></div></div>`
  );
}

/** The skeleton of the map page in every language, for #root. */
export function skeletons(dictionaries: Record<Language, Dictionary>): string {
  return LANGUAGES.map((language) => skeleton(language, dictionaries[language])).join('');
}

/**
 * The overlay and its data, for after #root. Its images are in the markup, so they load while the page is parsed;
 * the markers' strip at 2× from the pixel ratio the live map takes its 2× sheet (above 1.25, as the preloads say).
 */
export function overlay(data: FirstViewData, images: FirstViewImages, attribution: string): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return (
    `<div id="${FIRST_VIEW_ID}" class="first-view" aria-hidden="true" hidden><img class="${FIRST_VIEW_GEOGRAPHY_CLASS}" alt="" src="${escapeHtml(images.geography)}">` +
    `<picture><source media="(min-resolution: 1.26dppx)" srcset="${escapeHtml(images.strips[1])}"><img class="${FIRST_VIEW_STRIP_CLASS}" alt="" src="${escapeHtml(images.strips[0])}"></picture>` +
    '<svg class="first-view-marks" xmlns="http://www.w3.org/2000/svg"></svg><canvas class="first-view-marks"></canvas>' +
    `<p class="first-view-attribution">${escapeHtml(attribution)}</p></div>` +
    `<script type="application/json" id="${FIRST_VIEW_DATA_ID}">${json}</script>`
  );
}
