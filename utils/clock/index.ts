/** The answer clock: deadline arithmetic, dates read from page text, the one-line wording. */
export * from './days';
export * from './deadline';
export * from './page-dates';
export * from './clock-text';
