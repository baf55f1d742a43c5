/** Violation categories' colours (colour-blind-safe, distinct from the facility-type palette's order). */
import type { ViolationCategory } from '../domain/enums';

export const CATEGORY_COLOURS: Readonly<Record<ViolationCategory, string>> = {
  arbitrary_detention: '#56B4E9',
  torture: '#D55E00',
  starvation: '#E69F00',
  inhumane_conditions: '#CC79A7',
  fair_trial_denial: '#0072B2',
  sexual_violence: '#AA3377',
  forced_labour: '#009E73',
  death: '#F0F0F0',
  other: '#999999',
};
