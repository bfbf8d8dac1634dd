/**
 * The ids of the app's modes: what the `mode=` parameter accepts. The app's mode registry
 * (src/app/modeRegistry.ts) must hold an entry for each, or it does not compile.
 */
export const MODE_IDS = ['explore', 'embed', 'present', 'print', 'order', 'quiz', 'extract'] as const;
export type ModeId = (typeof MODE_IDS)[number];
export type Theme = 'light' | 'dark';
