/** Where the bundled dataset is published beside the app (a stable, cacheable address). */
export const DEFAULT_DATA_URL = './data/events.json';
